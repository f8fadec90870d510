using System.CommandLine;
using ClaimCheck.Cli.Config;
using ClaimCheck.Parsing;
using ClaimCheck.Reporting;
using ClaimCheck.Verification;

namespace ClaimCheck.Cli;

/// <summary>
/// <c>claimcheck compare &lt;summary&gt; --source &lt;source&gt;</c>: checks a summary against its source with
/// <see cref="ClaimChecker.Compare(CheckResult, CheckResult, VerifierOptions)"/> (CC4001–CC4003) and reports the
/// comparison's findings, located in the summary.
/// </summary>
internal static class CompareCommand
{
    /// <summary>Creates the command, writing through <paramref name="console"/>.</summary>
    internal static Command Create(CliConsole console)
    {
        var summary = new Argument<string>("summary") { Description = "The summary (a news item, a forum post); - reads standard input." };
        var source = new Option<string>("--source", "-s")
        {
            Description = "The source the summary reports (the abstract); - reads standard input.",
            Required = true,
            HelpName = "file",
        };
        var report = new ReportOptions(false, "text", "json", "sarif");
        var command = new Command("compare", "Check a summary against its source: numbers that differ, numbers the source lacks, claims it does not support.");
        command.Arguments.Add(summary);
        command.Options.Add(source);
        report.AddTo(command);
        command.SetAction(parse => Run(console, parse.GetValue(summary)!, parse.GetValue(source)!, report.Read(parse)));
        return command;
    }

    private static int Run(CliConsole console, string summaryPath, string sourcePath, ReportSettings settings)
    {
        if (summaryPath == InputItem.StdinArgument && sourcePath == InputItem.StdinArgument)
        {
            throw new UsageException("error: standard input can be the summary or the source, not both");
        }

        InputSet.RefuseOutputAsInput([summaryPath, sourcePath], settings.OutputPath);
        // The summary's nearest claimcheck.json gives the rules, α and sidedness, as it does for check; the command line overrides it.
        var config = new ConfigLoader().For(summaryPath == InputItem.StdinArgument ? Environment.CurrentDirectory : summaryPath);
        settings = settings with { Verifier = ConfigLoader.Merge(config, settings) };
        var reader = new ThreadReader();
        var verifier = new Verifier(settings.Verifier);
        var summary = ClaimChecker.Check(Read(console, reader, summaryPath), verifier);
        var source = ClaimChecker.Check(Read(console, reader, sourcePath), verifier);
        var comparison = ClaimChecker.Compare(summary, source, settings.Verifier);

        int failed = 0;
        foreach (var side in new[] { summary, source }.Where(s => !s.Succeeded))
        {
            failed++;
            console.WriteError($"error: {side.Path}: {side.Read.Error}");
        }

        // Reported: each unreadable side's CC9002, then the comparison's findings in the summary's text order.
        var findings = settings.Apply(new[] { summary, source }.Where(s => !s.Succeeded).SelectMany(s => s.Findings).Concat(comparison.Findings)).ToList();
        switch (settings.Format)
        {
            case ReportFormat.Text:
                using (var writer = ReportOutput.OpenWriter(console, settings.OutputPath))
                {
                    TextReportWriter.Write(writer, findings);
                }

                break;
            case ReportFormat.Json:
                using (var stream = ReportOutput.OpenStream(console, settings.OutputPath))
                {
                    // The summary's document carries the comparison's findings; the source's, its own input failure if any.
                    JsonReportWriter.Write(stream, [summary with { Findings = [.. findings.Where(f => f.Location.Path == summary.Path)] }, source with { Findings = [.. findings.Where(f => f.Location.Path != summary.Path)] }]);
                    stream.WriteByte((byte)'\n');
                }

                break;
            default:
                using (var stream = ReportOutput.OpenStream(console, settings.OutputPath))
                {
                    SarifReportWriter.Write(stream, comparison with { Findings = [.. findings] }, settings.HelpBaseUri);
                    stream.WriteByte((byte)'\n');
                }

                break;
        }

        console.WriteErrorLine($"{2 - failed} read, {failed} failed, 0 skipped");
        return failed > 0 ? ExitCodes.UsageOrInputError
            : findings.Any(f => f.Severity >= settings.FailOn) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static ReadResult Read(CliConsole console, ThreadReader reader, string path)
    {
        if (path != InputItem.StdinArgument)
        {
            return reader.ReadFile(path);
        }

        using var input = console.OpenIn();
        return reader.ReadStream(input, InputItem.StdinName);
    }
}
