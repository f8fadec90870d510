using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using ClaimCheck.Cli.Baseline;
using ClaimCheck.Cli.Config;
using ClaimCheck.Diagnostics;
using ClaimCheck.Parsing;
using ClaimCheck.Reporting;
using ClaimCheck.Reporting.Csv;
using ClaimCheck.Reporting.GitHub;
using ClaimCheck.Verification;
using Spectre.Console;

namespace ClaimCheck.Cli;

/// <summary>
/// <c>claimcheck check &lt;paths|-&gt;</c>: checks files, directories and standard input on all cores and
/// writes the findings in path order as each file's predecessors are done.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Creates the command, writing through <paramref name="console"/>.</summary>
    internal static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files and directories to check (directories recursively: .txt, .html, .htm, .mht, .mhtml, .pdf; a saved page's X_files folder is skipped); - reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        // No default value in the option: help would print this machine's core count, and docs/cli.md holds the help text.
        var jobs = new Option<int?>("--jobs", "-j")
        {
            Description = "How many files to check at once (default: one per core).",
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--jobs must be at least 1");
            }
        });
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Report only findings that are not in this baseline (written by --write-baseline).",
            HelpName = "file",
        };
        var writeBaseline = new Option<string?>("--write-baseline")
        {
            Description = "Record today's reported findings in this file, as accepted ones for --baseline.",
            HelpName = "file",
        };
        var report = new ReportOptions(true, ReportOptions.CheckFormats);
        var command = new Command("check", "Check saved threads and pages and report the findings.");
        command.Arguments.Add(paths);
        command.Options.Add(jobs);
        report.AddTo(command);
        command.Options.Add(baseline);
        command.Options.Add(writeBaseline);
        command.SetAction(parse => Run(console, parse.GetValue(paths)!, report.Read(parse), parse.GetValue(jobs) ?? Environment.ProcessorCount, parse.GetValue(baseline), parse.GetValue(writeBaseline)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, ReportSettings settings, int jobs, string? baselinePath, string? writeBaselinePath)
    {
        // claimcheck.json: each input's nearest one gives its rules, α and globs; the current folder's its reports.
        var configs = new ConfigLoader();
        var targets = settings.Targets.Count > 0 ? settings.Targets
            : configs.For(Environment.CurrentDirectory) is { Formats.IsEmpty: false } config ? config.Formats
            : [new ReportTarget(ReportFormat.Text, null)];
        var inputs = InputSet.Collect(paths, [.. targets.Select(t => t.Path).OfType<string>()]);
        foreach (var note in inputs.Notes)
        {
            console.WriteErrorLine(TextReportWriter.Escape($"skipped: {note.Path}: {note.Reason}"));
        }

        var (items, globSkipped) = InputFilter.Apply(inputs.Items, paths, configs);
        if (baselinePath is not null && writeBaselinePath is not null)
        {
            throw new UsageException("error: give --baseline or --write-baseline, not both");
        }

        var baseline = baselinePath is null ? null : BaselineFile.Read(baselinePath);
        var record = writeBaselinePath is null ? null : BaselineFile.Create(writeBaselinePath);
        var run = new CheckRun(console, settings, items, jobs, configs, baseline, record);
        // A progress bar only when it cannot tear the findings (stderr is a terminal and stdout is not) and
        // Spectre can redraw it in place: elsewhere (TERM=dumb, CI) it would print a "Checking: N%" line per step.
        bool progress = console.ErrorIsTerminal && console.ErrorConsole.Profile.Capabilities is { Ansi: true, Interactive: true };
        if (progress && (!console.OutIsTerminal || targets.All(t => t.Path is not null)) && items.Count > 1)
        {
            console.ErrorConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Checking", maxValue: items.Count);
                    run.Observed = () => task.Increment(1);
                    ReportTee.Run(targets, run.Results(), (target, results) => Write(console, target, settings.HelpBaseUri, results));
                });
        }
        else
        {
            ReportTee.Run(targets, run.Results(), (target, results) => Write(console, target, settings.HelpBaseUri, results));
        }

        record?.Save();

        foreach (string error in inputs.Errors)
        {
            console.WriteError(TextReportWriter.Escape("error: " + error));
        }

        int failed = run.Failed + inputs.Errors.Count;
        console.WriteErrorLine($"{run.Read} read, {failed} failed, {inputs.Skipped + globSkipped} skipped");
        return failed > 0 ? ExitCodes.UsageOrInputError : run.AtOrAboveFailOn > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>Writes the report; <paramref name="results"/> is lazy and enumerated once, as it is written.</summary>
    private static void Write(CliConsole console, ReportTarget target, Uri? helpBaseUri, IEnumerable<CheckResult> results)
    {
        switch (target.Format)
        {
            case ReportFormat.Text:
                using (var writer = ReportOutput.OpenWriter(console, target.Path))
                {
                    bool colour = target.Path is null && console.OutIsTerminal && console.OutConsole.Profile.Capabilities is { Ansi: true, ColorSystem: not ColorSystem.NoColors };
                    foreach (var result in results)
                    {
                        WriteText(writer, result, colour);
                    }
                }

                break;
            case ReportFormat.Json:
                // The JSON writer streams: it hands the report to the stream in pieces, never the whole of it held in memory.
                using (var stream = ReportOutput.OpenStream(console, target.Path))
                {
                    JsonReportWriter.Write(stream, results);
                    stream.WriteByte((byte)'\n');
                }

                break;
            case ReportFormat.Sarif:
                using (var stream = ReportOutput.OpenStream(console, target.Path))
                {
                    SarifReportWriter.Write(stream, results, helpBaseUri);
                    stream.WriteByte((byte)'\n');
                }

                break;
            case ReportFormat.Html:
                using (var stream = ReportOutput.OpenStream(console, target.Path))
                {
                    // The HTML writer's base is the folder of the rule pages; --help-base-uri is the repository's.
                    var rules = helpBaseUri is null ? null : new Uri(helpBaseUri, "docs/rules/");
                    HtmlReportWriter.Write(stream, results, new HtmlReportOptions { HelpLinkBase = rules });
                }

                break;
            case ReportFormat.Csv:
                using (var writer = ReportOutput.OpenWriter(console, target.Path))
                {
                    CsvReportWriter.Write(writer, results);
                }

                break;
            case ReportFormat.GitHub:
                using (var writer = ReportOutput.OpenWriter(console, target.Path))
                {
                    GitHubAnnotationWriter.Write(writer, results);
                }

                break;
            default:
                throw new UsageException($"unknown format {target.Format}");
        }
    }

    private static void WriteText(TextWriter writer, CheckResult result, bool colour)
    {
        foreach (var finding in result.Findings)
        {
            string line = TextReportWriter.Format(finding, finding.Location.Path ?? result.Path);
            if (colour)
            {
                // Plain ANSI rather than Spectre markup: Spectre would wrap long lines at the terminal's width.
                string code = finding.Severity switch { Severity.Error => "31", Severity.Warning => "33", _ => "36" };
                writer.WriteLine($"\u001b[{code}m{line}\u001b[0m");
            }
            else
            {
                writer.WriteLine(line);
            }
        }

        writer.Flush();
    }

    /// <summary>One run over the inputs: checks them in parallel and counts what was read, failed and found.</summary>
    private sealed class CheckRun(CliConsole console, ReportSettings settings, IReadOnlyList<InputItem> items, int jobs, ConfigLoader configs, BaselineFile? baseline, BaselineFile? record)
    {
        /// <summary>The size over which a plain-text file is checked in parts (16 MiB); docs/cli.md gives it.</summary>
        internal const long PartsThreshold = 16L * 1024 * 1024;

        /// <summary>
        /// The size over which an HTML or MHTML file is checked in parts (4 MiB): checked whole, a page costs about 37× its
        /// size (its DOM and the whole document), so 4 MiB stays near the 150–200 MB a 16 MiB plain-text file costs whole.
        /// </summary>
        internal const long HtmlPartsThreshold = 4L * 1024 * 1024;

        private readonly ThreadReader _reader = new();
        private readonly Dictionary<string, (ReportSettings Settings, Verifier Verifier)> _byConfig = new(StringComparer.Ordinal);
        private ReadResult? _stdin;

        /// <summary>Called on the writing thread after each result (the progress bar).</summary>
        internal Action? Observed { get; set; }

        internal int Read { get; private set; }

        internal int Failed { get; private set; }

        internal int AtOrAboveFailOn { get; private set; }

        /// <summary>The results in path order with the report settings applied; lazy.</summary>
        internal IEnumerable<CheckResult> Results()
        {
            if (items.Any(i => i.IsStdin))
            {
                // Standard input is read once, up front, on this thread, as bytes: bounded and decoded like a file.
                using var input = console.OpenIn();
                _stdin = _reader.ReadStream(input, InputItem.StdinName);
            }

            // Each input's settings, resolved here (one thread) before the workers read them.
            var perItem = items.Select(Resolve).ToList();
            var indexed = items.Select((item, i) => (Item: item, Index: i)).ToList();
            // A large plain-text, HTML or MHTML file comes back as its parts, checked lazily here, on the writing thread, one at a time.
            foreach (var results in OrderedParallel.Select(indexed, x => Check(x.Item, perItem[x.Index]), jobs, 4 * jobs))
            {
                bool read = false, failed = false;
                foreach (var result in results)
                {
                    record?.Add(result);
                    if (result.Succeeded)
                    {
                        read = true;
                    }
                    else
                    {
                        failed = true;
                        console.WriteError(TextReportWriter.Escape($"error: {result.Path}: {result.Read.Error ?? result.Findings.FirstOrDefault()?.Message}"));
                    }

                    AtOrAboveFailOn += result.Findings.Count(f => f.Severity >= settings.FailOn);
                    yield return result;
                }

                // An input is counted once, whatever the number of its parts; one that failed part-way is failed.
                if (failed)
                {
                    Failed++;
                }
                else if (read)
                {
                    Read++;
                }

                Observed?.Invoke();
            }
        }

        /// <summary>The settings and verifier of an input under its claimcheck.json, shared by the inputs of one file.</summary>
        private (ReportSettings Settings, Verifier Verifier) Resolve(InputItem item)
        {
            var config = configs.For(item.IsStdin ? Environment.CurrentDirectory : item.Path);
            string key = config?.Path ?? "";
            if (!_byConfig.TryGetValue(key, out var resolved))
            {
                var options = ConfigLoader.Merge(config, settings);
                resolved = (settings with { Verifier = options }, new Verifier(options));
                _byConfig.Add(key, resolved);
            }

            return resolved;
        }

        /// <summary>
        /// The results of one input: one, or, for a large file (<see cref="IsLarge"/>), its parts (checked lazily when
        /// enumerated, so that only one part is held at a time); a failure of the check is the input's CC9002.
        /// </summary>
        private IEnumerable<CheckResult> Check(InputItem item, (ReportSettings Settings, Verifier Verifier) resolved)
        {
            try
            {
                if (!item.IsStdin && IsLarge(item.Path, _reader))
                {
                    return Parts(item, resolved);
                }

                var read = item.IsStdin ? _stdin! : _reader.ReadFile(item.Path);
                var result = ClaimChecker.Check(read, resolved.Verifier);
                var reported = resolved.Settings.Apply(result.Findings);
                return [result with { Findings = [.. baseline is null ? reported : baseline.NewFindings(result, reported)] }];
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return [Failure(item, resolved, ex)];
            }
        }

        /// <summary>
        /// True for a file over <see cref="PartsThreshold"/>, or an HTML or MHTML file over <see cref="HtmlPartsThreshold"/>:
        /// checked in parts when it is plain text, HTML or MHTML (the library decides), since a whole document's memory
        /// (8–12× a plain-text file, more where the in-page audits pair many sentences; about 37× an HTML page) would be a
        /// gigabyte and more well before the reader's 64 MiB limit.
        /// </summary>
        private static bool IsLarge(string path, ThreadReader reader)
        {
            try
            {
                if (!File.Exists(path))
                {
                    return false;
                }

                long length = new FileInfo(path).Length;
                return length > PartsThreshold || (length > HtmlPartsThreshold && reader.DetectFormat(path) is InputFormat.Html or InputFormat.Mhtml);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        /// <summary>A large file's parts, each with the report settings applied; a failure part-way ends the input with its CC9002.</summary>
        private IEnumerable<CheckResult> Parts(InputItem item, (ReportSettings Settings, Verifier Verifier) resolved)
        {
            var pipeline = new ClaimPipelineBuilder().UseDefaultRules().WithOptions(resolved.Verifier.Options).Build();
            // The baseline's entries are consumed across the parts, as across one whole file.
            var left = new Dictionary<(string, string), int>();
            using var parts = pipeline.CheckFileInParts(item.Path).GetEnumerator();
            for (bool done = false; !done;)
            {
                CheckResult result;
                try
                {
                    if (!parts.MoveNext())
                    {
                        yield break;
                    }

                    result = parts.Current.Result;
                    var reported = resolved.Settings.Apply(result.Findings);
                    result = result with { Findings = [.. baseline is null ? reported : baseline.NewFindings(result, reported, left)] };
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    result = Failure(item, resolved, ex);
                    done = true;
                }

                yield return result;
            }
        }

        private static CheckResult Failure(InputItem item, (ReportSettings Settings, Verifier Verifier) resolved, Exception ex)
        {
            // A bug on one page must not stop the others: report it as that page's failure.
            string reason = $"the input could not be checked: {ex.GetType().Name}: {ex.Message}";
            ImmutableArray<Finding> findings = [new Finding(InputRules.Unreadable, Severity.Error, reason, Location.ForFile(item.Path), [])];
            // Through the verifier like any unreadable input, so that --rule applies to it too.
            var result = ClaimChecker.Check(new ReadResult(item.Path, null, findings), resolved.Verifier);
            return result with { Findings = [.. resolved.Settings.Apply(result.Findings)] };
        }
    }
}
