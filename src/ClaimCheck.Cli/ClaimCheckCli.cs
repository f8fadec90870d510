using System.CommandLine;
using System.CommandLine.Help;

namespace ClaimCheck.Cli;

/// <summary>
/// The <c>claimcheck</c> command line: <c>check</c>, <c>compare</c>, <c>rules</c> and <c>explain</c>
/// (see docs/cli.md). Exit codes: 0 no finding at or above <c>--fail-on</c> (default <c>error</c>),
/// 1 at least one, 2 a usage error or an input that could not be read.
/// </summary>
public static class ClaimCheckCli
{
    /// <summary>The command's name as installed: <c>claimcheck</c>.</summary>
    public const string CommandName = "claimcheck";

    /// <summary>
    /// Runs the command line in-process with the given streams, none of which is treated as a terminal
    /// (no colours, no progress bar). Nothing is closed.
    /// </summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Standard output: the report.</param>
    /// <param name="stderr">Standard error: errors and the closing <c>N read, N failed, N skipped</c> line.</param>
    /// <param name="stdin">Standard input, read for the path <c>-</c>.</param>
    /// <returns>The exit code: 0, 1 or 2.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(stdin);
        return Run(args, new CliConsole(stdout, stderr, stdin, outIsTerminal: false, errorIsTerminal: false));
    }

    /// <summary>Runs the command line with <paramref name="console"/>'s streams.</summary>
    internal static int Run(string[] args, CliConsole console)
    {
        // A plain command rather than RootCommand, which would take its name (shown in help) from the
        // assembly, ClaimCheck.Cli, not from the installed command.
        var root = new Command(CommandName, "Checks saved forum threads and health-news pages about clinical trials for numeric claims that do not add up.")
        {
            new HelpOption(),
            new VersionOption(),
            CheckCommand.Create(console),
            CompareCommand.Create(console),
            RulesCommand.Create(console),
            ExplainCommand.Create(console),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.WriteError("error: " + error.Message);
            }

            console.WriteErrorLine("Run 'claimcheck --help' for usage.");
            return ExitCodes.UsageOrInputError;
        }

        try
        {
            int exitCode = parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
            console.Reports.Commit();
            return exitCode;
        }
        catch (UsageException ex)
        {
            console.Reports.Discard();
            console.WriteError(ex.Message);
            return ExitCodes.UsageOrInputError;
        }
        catch (Exception ex)
        {
            // Whatever failed (a full disk, a closed pipe, a bug), no partial report is left and the cause is one line.
            console.Reports.Discard();
            TryWriteError(console, FailureMessage(ex));
            return ExitCodes.UsageOrInputError;
        }
    }

    /// <summary>One line naming the cause of an unexpected failure.</summary>
    internal static string FailureMessage(Exception ex)
    {
        string what = ex is IOException or UnauthorizedAccessException ? "the report cannot be written" : $"the run failed ({ex.GetType().Name})";
        return $"error: {what}: {string.Join(' ', ex.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))}";
    }

    private static void TryWriteError(CliConsole console, string line)
    {
        try
        {
            console.WriteError(line);
        }
        catch (IOException)
        {
            // Standard error is gone too: the exit code is all that is left.
        }
    }
}
