using System.Globalization;

namespace ClaimCheck.Fuzz;

/// <summary>
/// <c>ClaimCheck.Fuzz</c>: a seeded mutation fuzzer over the whole pipeline (docs/robustness.md).
/// <c>--seed N --iterations N --time-limit 60s --per-input-limit 20s --out crashes/ --corpus corpus/ --keep-going</c>;
/// <c>files --seed N --iterations N</c> fuzzes folder trees (links, loops, pipes, sockets, unreadable entries) and huge streamed inputs;
/// <c>--replay file</c> runs one saved input; <c>--iteration N</c> runs only that iteration of the seed;
/// <c>scale [filter]</c> runs the 1×/4×/16× growth experiment.
/// Exit code: 0 when nothing failed, 1 when an input failed, 2 for a usage error.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        try
        {
            return Run(args);
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine($"usage error: {ex.Message}");
            return 2;
        }
    }

    private static int Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "scale")
        {
            Scaling.Run(Console.Out, args.Length > 1 ? args[1] : null);
            return 0;
        }

        if (args.Length > 0 && args[0] == "files" && !OperatingSystem.IsWindows())
        {
            // File-system trees (links, loops, pipes, sockets, unreadable entries) and huge streamed inputs.
            string root = Option(args, "--corpus") ?? Seeds.FindCorpus(Directory.GetCurrentDirectory()) ?? Seeds.FindCorpus(AppContext.BaseDirectory)
                ?? throw new FormatException("corpus/ not found above the current folder; name it with --corpus");
            int iterations = int.Parse(Option(args, "--iterations") ?? "100", CultureInfo.InvariantCulture);
            int fileSeed = int.Parse(Option(args, "--seed") ?? "1", CultureInfo.InvariantCulture);
            var failed = FileSystemFuzz.Run(new Mutator(Seeds.Load(root)), fileSeed, iterations, Duration(Option(args, "--per-input-limit") ?? "60s"), Console.Out);
            Console.WriteLine($"{iterations} trees from seed {fileSeed}: {failed.Count} failed");
            return failed.Count == 0 ? 0 : 1;
        }

        var settings = new FuzzSettings
        {
            Seed = int.Parse(Option(args, "--seed") ?? "1", CultureInfo.InvariantCulture),
            Iterations = long.Parse(Option(args, "--iterations") ?? long.MaxValue.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            TimeLimit = Duration(Option(args, "--time-limit") ?? "60s"),
            PerInputLimit = Duration(Option(args, "--per-input-limit") ?? "20s"),
            OutputFolder = Option(args, "--out") ?? "crashes",
            StopAtFirstFailure = !args.Contains("--keep-going"),
        };

        if (Option(args, "--replay") is { } replay)
        {
            // --as-text also checks the file as a .NET string (and compares the two results), as string iterations do.
            byte[] input = File.ReadAllBytes(replay);
            string? asText = args.Contains("--as-text") ? System.Text.Encoding.UTF8.GetString(input) : null;
            if (args.Contains("--stages"))
            {
                PrintStages(input, asText);
            }

            var (kind, message, elapsed) = FuzzRun.Execute(input, asText, settings.PerInputLimit);
            Console.WriteLine(kind is null ? $"ok in {elapsed.TotalMilliseconds:N0} ms" : $"{kind}: {message}");
            return kind is null ? 0 : 1;
        }

        string corpus = Option(args, "--corpus") ?? Seeds.FindCorpus(Directory.GetCurrentDirectory()) ?? Seeds.FindCorpus(AppContext.BaseDirectory)
            ?? throw new FormatException("corpus/ not found above the current folder; name it with --corpus");
        var mutator = new Mutator(Seeds.Load(corpus));
        if (Option(args, "--iteration") is { } only)
        {
            long iteration = long.Parse(only, CultureInfo.InvariantCulture);
            var (bytes, text, mutations) = FuzzRun.InputAt(mutator, settings.Seed, iteration);
            if (args.Contains("--stages"))
            {
                PrintStages(bytes, text);
            }

            var (kind, message, elapsed) = FuzzRun.Execute(bytes, text, settings.PerInputLimit);
            Console.WriteLine($"iteration {iteration} ({mutations}, {bytes.Length:N0} bytes): {(kind is null ? $"ok in {elapsed.TotalMilliseconds:N0} ms" : $"{kind}: {message}")}");
            return kind is null ? 0 : 1;
        }

        Console.WriteLine($"seed {settings.Seed}, {mutator.Seeds.Count} seed files from {corpus}, time limit {settings.TimeLimit}, hang guard {settings.PerInputLimit} per input");
        var summary = FuzzRun.Run(mutator, settings, Console.Out);
        Console.WriteLine(summary);
        foreach (var failure in summary.Failures)
        {
            Console.WriteLine($"  iteration {failure.Iteration} ({failure.Mutations}): {failure.Kind} → {failure.SavedTo}");
        }

        return summary.Failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Where the time goes for one input, stage by stage and rule by rule, then each step of the fuzz target.</summary>
    private static void PrintStages(byte[] bytes, string? text)
    {
        var readWatch = System.Diagnostics.Stopwatch.StartNew();
        var read = new ClaimCheck.Parsing.ThreadReader().Read(bytes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read bytes (decode and parse, HTML included): {readWatch.Elapsed.TotalMilliseconds:N0} ms"));
        if (read.Document?.Source.IsMapped == true)
        {
            // AngleSharp's own share of an HTML page: its bare parse of the same text (decoded as UTF-8 here).
            readWatch.Restart();
            new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(bytes));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"AngleSharp's bare parse: {readWatch.Elapsed.TotalMilliseconds:N0} ms"));
        }

        string decoded = read.Document?.Source.Text ?? text ?? string.Empty;
        // Numbers that are not numbers are named first: rules take their signs and compare them.
        foreach (var number in ClaimCheck.Extraction.ClaimExtractor.Extract(ClaimChecker.Parse(text ?? decoded)).Claims.SelectMany(c => c.Numbers).Where(n => double.IsNaN(n.Value)))
        {
            Console.WriteLine($"NaN: '{(number.Text.Length > 80 ? number.Text[..80] + "…" : number.Text)}' at {number.Span}");
        }

        foreach (var (stage, ms) in Scaling.Stages(text ?? decoded))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage}: {ms:N0} ms"));
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        void Step(string name, Action action)
        {
            watch.Restart();
            action();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {watch.Elapsed.TotalMilliseconds:N0} ms"));
        }

        CheckResult? fromBytes = null, fromText = null;
        Step("check bytes", () => fromBytes = ClaimChecker.Check(read, new ClaimCheck.Verification.Verifier()));
        Step("check text", () => fromText = text is null ? fromBytes : ClaimChecker.Check(text));
        Step("json", () => ClaimCheck.Reporting.JsonReportWriter.Write(Stream.Null, [fromText!]));
        Step("sarif", () => ClaimCheck.Reporting.SarifReportWriter.Write(Stream.Null, [fromText!]));
        Step("html", () => ClaimCheck.Reporting.HtmlReportWriter.Write(Stream.Null, [fromText!]));
        Step("text", () => ClaimCheck.Reporting.TextReportWriter.Write(TextWriter.Null, [fromText!]));
        Step("compare", () => ClaimChecker.Compare(fromText!, fromBytes!, ClaimCheck.Verification.VerifierOptions.Default));
    }

    private static string? Option(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>"90", "90s", "10m", "2h" → a duration.</summary>
    private static TimeSpan Duration(string text)
    {
        char unit = char.IsAsciiLetter(text[^1]) ? text[^1] : 's';
        double value = double.Parse(char.IsAsciiLetter(text[^1]) ? text[..^1] : text, CultureInfo.InvariantCulture);
        return unit switch
        {
            's' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            _ => throw new FormatException($"unknown unit in '{text}' (s, m or h)"),
        };
    }
}
