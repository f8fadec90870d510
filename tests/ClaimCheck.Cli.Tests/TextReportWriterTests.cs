using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Reporting;
using ClaimCheck.Text;

namespace ClaimCheck.Cli.Tests;

/// <summary>The library's one-line text form.</summary>
public sealed class TextReportWriterTests
{
    private static Finding Finding(string? path, string message) => new(
        InputRules.OverSizeLimit, Severity.Warning, message, new Location(path, new TextSpan(3, 2), "28", new LinePosition(22, 864)), ImmutableArray<Location>.Empty);

    [Test]
    public void A_finding_is_path_line_column_severity_id_and_message()
    {
        TextReportWriter.Format(Finding("a/b.txt", "cut")).Should().Be("a/b.txt(22,864): warning CC9003: cut");
    }

    [Test]
    public void The_callers_path_wins_and_a_missing_path_is_named()
    {
        TextReportWriter.Format(Finding("a.txt", "m"), "other.txt").Should().StartWith("other.txt(22,864): ");
        TextReportWriter.Format(Finding(null, "m")).Should().StartWith("<text>(22,864): ");
    }

    [Test]
    public void A_message_with_line_breaks_stays_one_line()
    {
        TextReportWriter.Format(Finding("a.txt", "one\r\ntwo\nthree")).Should().Be("a.txt(22,864): warning CC9003: one  two three");
    }

    [Test]
    public void Write_writes_every_finding_of_every_result_in_order()
    {
        var results = new[] { ClaimChecker.CheckFile(Corpus.Seed000), ClaimChecker.CheckFile(Corpus.Seed001) };
        var writer = new StringWriter();

        TextReportWriter.Write(writer, results);

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Equal(results.SelectMany(r => r.Findings.Select(f => TextReportWriter.Format(f, r.Path))));
        lines.Should().HaveCountGreaterThan(4);
    }
}
