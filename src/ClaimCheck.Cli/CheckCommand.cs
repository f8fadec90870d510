using System.Collections.Immutable;
using System.CommandLine;
using ClaimCheck.Diagnostics;
using ClaimCheck.Parsing;
using ClaimCheck.Reporting;
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
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "How many files to check at once (default: one per core).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs must be at least 1");
            }
        });
        var report = new ReportOptions("text", "json", "sarif", "html");
        var command = new Command("check", "Check saved threads and pages and report the findings.");
        command.Arguments.Add(paths);
        command.Options.Add(jobs);
        report.AddTo(command);
        command.SetAction(parse => Run(console, parse.GetValue(paths)!, report.Read(parse), parse.GetValue(jobs)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, ReportSettings settings, int jobs)
    {
        var inputs = InputSet.Collect(paths, settings.OutputPath);
        foreach (var note in inputs.Notes)
        {
            console.WriteErrorLine(TextReportWriter.Escape($"skipped: {note.Path}: {note.Reason}"));
        }

        var run = new CheckRun(console, settings, inputs, jobs);
        // A progress bar only when it cannot tear the findings: stderr is a terminal and stdout is not.
        if (console.ErrorIsTerminal && (!console.OutIsTerminal || settings.OutputPath is not null) && inputs.Items.Count > 1)
        {
            console.ErrorConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Checking", maxValue: inputs.Items.Count);
                    run.Observed = () => task.Increment(1);
                    Write(console, settings, run.Results());
                });
        }
        else
        {
            Write(console, settings, run.Results());
        }

        foreach (string error in inputs.Errors)
        {
            console.WriteError(TextReportWriter.Escape("error: " + error));
        }

        int failed = run.Failed + inputs.Errors.Count;
        console.WriteErrorLine($"{run.Read} read, {failed} failed, {inputs.Skipped} skipped");
        return failed > 0 ? ExitCodes.UsageOrInputError : run.AtOrAboveFailOn > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>Writes the report; <paramref name="results"/> is lazy and enumerated once, as it is written.</summary>
    private static void Write(CliConsole console, ReportSettings settings, IEnumerable<CheckResult> results)
    {
        switch (settings.Format)
        {
            case ReportFormat.Text:
                using (var writer = ReportOutput.OpenWriter(console, settings.OutputPath))
                {
                    bool colour = settings.OutputPath is null && console.OutIsTerminal && console.OutConsole.Profile.Capabilities.Ansi;
                    foreach (var result in results)
                    {
                        WriteText(writer, result, colour);
                    }
                }

                break;
            case ReportFormat.Json:
                // The JSON writer keeps what it has written in memory until the end (documents are not kept).
                using (var stream = ReportOutput.OpenStream(console, settings.OutputPath))
                {
                    JsonReportWriter.Write(stream, results);
                    stream.WriteByte((byte)'\n');
                }

                break;
            case ReportFormat.Sarif:
                using (var stream = ReportOutput.OpenStream(console, settings.OutputPath))
                {
                    SarifReportWriter.Write(stream, results, settings.HelpBaseUri);
                    stream.WriteByte((byte)'\n');
                }

                break;
            case ReportFormat.Html:
                using (var stream = ReportOutput.OpenStream(console, settings.OutputPath))
                {
                    HtmlReportWriter.Write(stream, results, new HtmlReportOptions { HelpLinkBase = settings.HelpBaseUri });
                }

                break;
            default:
                throw new UsageException($"unknown format {settings.Format}");
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
    private sealed class CheckRun(CliConsole console, ReportSettings settings, InputSet inputs, int jobs)
    {
        private readonly ThreadReader _reader = new();
        private readonly Verifier _verifier = new(settings.Verifier);
        private ReadResult? _stdin;

        /// <summary>Called on the writing thread after each result (the progress bar).</summary>
        internal Action? Observed { get; set; }

        internal int Read { get; private set; }

        internal int Failed { get; private set; }

        internal int AtOrAboveFailOn { get; private set; }

        /// <summary>The results in path order with the report settings applied; lazy.</summary>
        internal IEnumerable<CheckResult> Results()
        {
            if (inputs.Items.Any(i => i.IsStdin))
            {
                // Standard input is read once, up front, on this thread, as bytes: bounded and decoded like a file.
                using var input = console.OpenIn();
                _stdin = _reader.ReadStream(input, InputItem.StdinName);
            }

            foreach (var result in OrderedParallel.Select(inputs.Items, Check, jobs, 4 * jobs))
            {
                if (result.Succeeded)
                {
                    Read++;
                }
                else
                {
                    Failed++;
                    console.WriteError(TextReportWriter.Escape($"error: {result.Path}: {result.Read.Error ?? result.Findings.FirstOrDefault()?.Message}"));
                }

                AtOrAboveFailOn += result.Findings.Count(f => f.Severity >= settings.FailOn);
                Observed?.Invoke();
                yield return result;
            }
        }

        private CheckResult Check(InputItem item)
        {
            try
            {
                var read = item.IsStdin ? _stdin! : _reader.ReadFile(item.Path);
                var result = ClaimChecker.Check(read, _verifier);
                return result with { Findings = [.. settings.Apply(result.Findings)] };
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A bug on one page must not stop the others: report it as that page's failure.
                string reason = $"the input could not be checked: {ex.GetType().Name}: {ex.Message}";
                ImmutableArray<Finding> findings = [new Finding(InputRules.Unreadable, Severity.Error, reason, Location.ForFile(item.Path), [])];
                // Through the verifier like any unreadable input, so that --rule applies to it too.
                var result = ClaimChecker.Check(new ReadResult(item.Path, null, findings), _verifier);
                return result with { Findings = [.. settings.Apply(result.Findings)] };
            }
        }
    }
}
