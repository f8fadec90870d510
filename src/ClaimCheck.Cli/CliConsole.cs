using Spectre.Console;

namespace ClaimCheck.Cli;

/// <summary>
/// The tool's standard streams, whether each is a terminal, and Spectre consoles over them. Tests pass
/// string writers (never terminals); <see cref="FromSystemConsole"/> gives the process's own streams.
/// </summary>
internal sealed class CliConsole
{
    // Wide enough that tables and messages are not wrapped when written to a file or a pipe.
    private const int RedirectedWidth = 240;

    private readonly Func<Stream> _openOut;
    private readonly Func<Stream> _openIn;

    /// <summary>Wraps the given streams.</summary>
    /// <param name="out">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="in">Standard input.</param>
    /// <param name="outIsTerminal">True when standard output is a terminal (colours).</param>
    /// <param name="errorIsTerminal">True when standard error is a terminal (progress bar, colours).</param>
    /// <param name="openOut">Opens standard output as bytes; null: UTF-8 written through <paramref name="out"/>.</param>
    /// <param name="openIn">Opens standard input as bytes; null: <paramref name="in"/>'s text as UTF-8.</param>
    internal CliConsole(TextWriter @out, TextWriter error, TextReader @in, bool outIsTerminal, bool errorIsTerminal, Func<Stream>? openOut = null, Func<Stream>? openIn = null)
    {
        _openIn = openIn ?? (() => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(@in.ReadToEnd())));
        Out = @out;
        Error = error;
        In = @in;
        OutIsTerminal = outIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
        _openOut = openOut ?? (() => new TextWriterStream(@out));
        OutConsole = Create(@out, outIsTerminal);
        ErrorConsole = Create(error, errorIsTerminal);
    }

    internal TextWriter Out { get; }

    internal TextWriter Error { get; }

    internal TextReader In { get; }

    internal bool OutIsTerminal { get; }

    internal bool ErrorIsTerminal { get; }

    /// <summary>The report files of this run, renamed into place when the command has finished.</summary>
    internal ReportFiles Reports { get; } = new();

    /// <summary>Spectre over standard output (tables; colours only on a terminal).</summary>
    internal IAnsiConsole OutConsole { get; }

    /// <summary>Spectre over standard error (progress bar and coloured messages only on a terminal).</summary>
    internal IAnsiConsole ErrorConsole { get; }

    /// <summary>The process's own standard streams.</summary>
    internal static CliConsole FromSystemConsole()
        => new(Console.Out, Console.Error, Console.In, !Console.IsOutputRedirected, !Console.IsErrorRedirected, Console.OpenStandardOutput, Console.OpenStandardInput);

    /// <summary>Standard output as a byte stream for the JSON, SARIF and HTML writers; the caller disposes it.</summary>
    internal Stream OpenOut() => _openOut();

    /// <summary>Standard input as bytes, undecoded, so that it is decoded like a file; the caller disposes it.</summary>
    internal Stream OpenIn() => _openIn();

    /// <summary>Writes an error line to standard error (red on a terminal; safe while the progress bar is shown).</summary>
    internal void WriteError(string message)
    {
        if (ErrorIsTerminal)
        {
            // Through Spectre so that a live progress bar is redrawn below the message rather than torn.
            ErrorConsole.MarkupLine("[red]" + Markup.Escape(message) + "[/]");
        }
        else
        {
            Error.WriteLine(message);
        }
    }

    /// <summary>Writes a plain line to standard error.</summary>
    internal void WriteErrorLine(string line)
    {
        if (ErrorIsTerminal)
        {
            ErrorConsole.WriteLine(line);
        }
        else
        {
            Error.WriteLine(line);
        }
    }

    /// <summary>True when the <c>NO_COLOR</c> environment variable is set and not empty (no-color.org): no colours anywhere.</summary>
    internal static bool NoColor => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private static IAnsiConsole Create(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal && !NoColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
