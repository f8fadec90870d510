using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Reporting.Csv;
using ClaimCheck.Reporting.GitHub;
using ClaimCheck.Text;
using Microsoft.VisualBasic.FileIO;

namespace ClaimCheck.Cli.Tests;

/// <summary>Several reports in one run, <c>--format github</c> and <c>--format csv</c>.</summary>
public sealed class FormatTests
{
    private static readonly RuleDescriptor Rule = Verification.RuleCatalog.Find("CC1003")!;

    [Test]
    public void Several_format_and_output_pairs_in_one_run_write_what_separate_runs_write()
    {
        using var folder = new TempFolder();
        string sarif = Path.Combine(folder.Path, "r.sarif");
        string csv = Path.Combine(folder.Path, "r.csv");
        string json = Path.Combine(folder.Path, "r.json");

        var together = RealCli.Run(folder.Path, null, "check", Corpus.PathOf("seeds"), "--format", "github", "-f", "sarif", "-o", sarif, "--format=csv", "--output", csv, "-f", "json", "-o", json);
        var github = RealCli.Run(folder.Path, null, "check", Corpus.PathOf("seeds"), "--format", "github");
        var sarifAlone = RealCli.Run(folder.Path, null, "check", Corpus.PathOf("seeds"), "--format", "sarif");
        var csvAlone = RealCli.Run(folder.Path, null, "check", Corpus.PathOf("seeds"), "--format", "csv");
        var jsonAlone = RealCli.Run(folder.Path, null, "check", Corpus.PathOf("seeds"), "--format", "json");

        together.ExitCode.Should().Be(0, together.Error);
        together.Output.Should().Be(github.Output).And.StartWith("::");
        File.ReadAllText(sarif).Should().Be(sarifAlone.Output);
        File.ReadAllText(csv).Should().Be(csvAlone.Output);
        File.ReadAllText(json).Should().Be(jsonAlone.Output);
        together.Error.Should().Contain("5 read, 0 failed, 1 skipped");
        SarifSchema.ShouldBeValid(File.ReadAllText(sarif));
    }

    [TestCase("-f", "text", "-f", "json")]
    [TestCase("-o", "a.txt", "-o", "b.txt")]
    [TestCase("-f", "json", "-o", "same.txt", "-f", "csv", "-o", "same.txt")]
    public void Pairs_that_do_not_fit_are_usage_errors(params string[] options)
    {
        var run = Cli.Run(["check", Corpus.Seed000, .. options]);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
    }

    [Test]
    public void GitHub_annotations_carry_file_line_col_and_the_rule_id_and_escape_as_the_toolkit_does()
    {
        var run = Cli.Run("check", Corpus.Seed000, "--format", "github");

        run.ExitCode.Should().Be(0, run.Error);
        run.Lines.Should().Contain($"::warning file={Corpus.Seed000.Replace('\\', '/')},line=22,col=864,title=CC1003::the placebo group is 29 in '34.48%25 (10/29)' but 28 in '67.86%25 (19/28)' (the text says \"After adjusting for China’s dynamic zero-COVID-19 strategy\", which may explain it)");
        run.Lines.Should().Contain(l => l.StartsWith("::notice ", StringComparison.Ordinal) && l.Contains("title=CC9004::", StringComparison.Ordinal));

        var finding = new Finding(Rule, Severity.Error, "100% of 3\r\n::error::forged", new Location("a,b:c%.txt", new TextSpan(0, 1), "x", new LinePosition(4, 2)), []);
        GitHubAnnotationWriter.Format(finding, finding.Location.Path).Should().Be("::error file=a%2Cb%3Ac%25.txt,line=4,col=2,title=CC1003::100%25 of 3%0D%0A::error::forged");
        var wholeFile = new Finding(Rule, Severity.Info, "m", Location.ForFile("x.txt"), []);
        GitHubAnnotationWriter.Format(wholeFile, "x.txt").Should().Be("::notice file=x.txt,title=CC1003::m");
    }

    [Test]
    public void Csv_is_RFC_4180_and_a_spreadsheet_parser_reads_back_every_finding()
    {
        var run = Cli.Run("check", Corpus.Seed000, "--format", "csv");
        var text = Cli.Run("check", Corpus.Seed000);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().StartWith(string.Join(',', CsvReportWriter.Header) + "\r\n");
        run.Output.Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n", "records end with CRLF and no field here holds a line break");
        using var parser = new TextFieldParser(new StringReader(run.Output)) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        rows[0].Should().Equal(CsvReportWriter.Header);
        rows.Skip(1).Select(r => $"{r[0]}({r[1]},{r[2]}): {r[3]} {r[4]}: {r[6]}").Should().Equal(text.Lines);
        rows.Skip(1).Should().Contain(r => r[4] == "CC3001" && r[6].Contains("\"Three years", StringComparison.Ordinal), "quotes inside a field survive the round trip");

        CsvReportWriter.Escape("plain").Should().Be("plain");
        CsvReportWriter.Escape("a,b").Should().Be("\"a,b\"");
        CsvReportWriter.Escape("say \"hi\"").Should().Be("\"say \"\"hi\"\"\"");
        CsvReportWriter.Escape("two\nlines").Should().Be("\"two\nlines\"");
        CsvReportWriter.AsText("=HYPERLINK(\"x\")").Should().Be("'=HYPERLINK(\"x\")", "a page's text must not run as a formula");
        CsvReportWriter.AsText("@SUM(A1)").Should().Be("'@SUM(A1)");
        CsvReportWriter.AsText("-0.31").Should().Be("'-0.31");
        CsvReportWriter.AsText("0.31 (p = .03)").Should().Be("0.31 (p = .03)");
    }

    [Test]
    public void Help_base_uri_sets_the_same_rule_page_in_SARIF_and_HTML()
    {
        using var folder = new TempFolder();
        string html = Path.Combine(folder.Path, "r.html");
        var run = Cli.Run("check", Corpus.Seed000, "-f", "sarif", "-f", "html", "-o", html, "--help-base-uri", "https://example.org/claimcheck/");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("\"helpUri\": \"https://example.org/claimcheck/docs/rules/CC1003.md\"");
        File.ReadAllText(html, Encoding.UTF8).Should().Contain("href=\"https://example.org/claimcheck/docs/rules/CC1003.md\"");
        SarifSchema.ShouldBeValid(run.Output);
    }
}
