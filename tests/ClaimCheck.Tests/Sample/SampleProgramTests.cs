using System.Diagnostics;
using System.Text.Json;

namespace ClaimCheck.Tests.Sample;

/// <summary>Runs the bundled sample as a user would and checks its output and exit code.</summary>
public sealed class SampleProgramTests
{
    private static (int ExitCode, string Output, string Error) RunSample(params string[] args)
    {
        string dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "ClaimCheck.Sample.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Corpus.RepositoryRoot };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000).Should().BeTrue("the sample must not hang");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Test]
    public void Json_output_has_the_documented_fields_for_a_seed()
    {
        var (exitCode, output, _) = RunSample(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt"), "--json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var document = json.RootElement.GetProperty("documents")[0];
        document.GetProperty("path").GetString().Should().EndWith("000_ee862e205fadbfc4.txt");
        document.GetProperty("kind").GetString().Should().Be("forumThread");
        var posts = document.GetProperty("posts");
        posts.GetArrayLength().Should().Be(6);
        posts[4].GetProperty("author").GetString().Should().Be("SNT Gatchaman");
        var blocks = posts[4].GetProperty("blocks");
        blocks[0].GetProperty("kind").GetString().Should().Be("commentary");
        blocks[1].GetProperty("kind").GetString().Should().Be("articleText");
        blocks[1].GetProperty("text").GetString().Should().Contain("randomly assigned at a 2:1 ratio");

        var claims = document.GetProperty("claims").EnumerateArray().ToList();
        claims.Select(c => c.GetProperty("text").GetString()).Should().Contain(["46.94% (23/49)", "34.48% (10/29)", "53.06% (26/49)", "67.86% (19/28)", "n\u2009=\u200965"]);
        var proportion = claims.First(c => c.GetProperty("text").GetString() == "46.94% (23/49)");
        proportion.GetProperty("kind").GetString().Should().Be("proportion");
        proportion.GetProperty("values").GetProperty("percent").GetProperty("decimals").GetInt32().Should().Be(2);
        int start = proportion.GetProperty("start").GetInt32();
        File.ReadAllText(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt")).Substring(start, proportion.GetProperty("length").GetInt32()).Should().Be("46.94% (23/49)");

        var findings = document.GetProperty("findings").EnumerateArray().ToList();
        var drift = findings.Single(f => f.GetProperty("id").GetString() == "CC1003");
        drift.GetProperty("severity").GetString().Should().Be("warning");
        drift.GetProperty("message").GetString().Should().Contain("29").And.Contain("28");
        var location = drift.GetProperty("locations")[0];
        location.GetProperty("text").GetString().Should().Be("28");
        location.GetProperty("line").GetInt32().Should().Be(22);
        location.GetProperty("column").GetInt32().Should().BeGreaterThan(1);
    }

    [Test]
    public void A_bad_file_is_reported_the_others_are_read_and_the_exit_code_is_non_zero()
    {
        string missing = Path.Combine(Path.GetTempPath(), "claimcheck-missing-" + Guid.NewGuid().ToString("N") + ".txt");

        var (exitCode, output, error) = RunSample(missing, Corpus.PathOf("seeds/002_bc1ab4963135bc6e.txt"));

        exitCode.Should().Be(1);
        output.Should().Contain("CC9002: the file does not exist");
        output.Should().Contain("ArticlePage");
        error.Should().Contain("1 read, 1 failed, 0 skipped");
    }

    [Test]
    public void Without_arguments_it_runs_over_the_corpus_and_counts_what_it_skipped()
    {
        var (exitCode, output, error) = RunSample();

        exitCode.Should().Be(0, error);
        output.Should().Contain("000_ee862e205fadbfc4.txt").And.Contain("ForumThread");
        output.Should().MatchRegex(@"000_ee862e205fadbfc4\.txt\(22,\d+\): warning CC1003: ");
        error.Should().MatchRegex(@"\d+ read, 0 failed, [1-9]\d* skipped");
    }

    [Test]
    public void Each_document_starts_with_its_findings_and_the_text_they_quote_then_what_was_parsed()
    {
        var (exitCode, output, _) = RunSample(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt"), Corpus.PathOf("seeds/001_db98887bc4b493aa.txt"));

        exitCode.Should().Be(0);
        string[] lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        int header = Array.FindIndex(lines, l => l.StartsWith("== ", StringComparison.Ordinal) && l.EndsWith("000_ee862e205fadbfc4.txt", StringComparison.Ordinal));
        int parsed = Array.FindIndex(lines, header, l => l.StartsWith("   parsed: ", StringComparison.Ordinal));
        int drift = Array.FindIndex(lines, header, l => l.Contains("warning CC1003: the placebo group is 29", StringComparison.Ordinal));
        lines[header + 1].Should().Be("   6 findings:");
        drift.Should().BeInRange(header + 2, parsed - 1, "the findings come before what was parsed");
        lines[drift + 1].Should().StartWith("      at \"28\" in \"").And.Contain("67.86% (19/28) in the placebo group");
        lines[parsed].Should().Be("   parsed: ForumThread: Long-term outcomes of mesenchymal stem cell therapy in severe COVID-19 patients: 3-year follow-up of a [RCT], 2025, Yuan et al");
        int second = Array.FindIndex(lines, l => l.StartsWith("== ", StringComparison.Ordinal) && l.EndsWith("001_db98887bc4b493aa.txt", StringComparison.Ordinal));
        lines[second + 1].Should().Be("   no findings");
        lines[second + 2].Should().StartWith("   parsed: NewsPage: ");
    }

    [Test]
    public void It_names_each_skipped_file_and_why()
    {
        var (exitCode, _, error) = RunSample(Corpus.PathOf("seeds"));

        exitCode.Should().Be(0);
        error.Should().Contain($"skipped: {Corpus.PathOf("seeds/SOURCES.md")}: not a page (in a folder only .txt, .html, .htm, .mht, .mhtml, .pdf files are read)");
        error.Should().Contain("5 read, 0 failed, 1 skipped");
    }

    [Test]
    public void It_reads_a_pdf_and_an_mhtml_file_and_skips_a_complete_save_s_files_folder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "claimcheck-sample-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "Page_files"));
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "paper.pdf"), Parsing.SavedForms.TestPdf.OneColumn(["Results", "In the exercise group, 29 of 58 patients (52.7%) reported a benefit."]));
            File.Copy(Path.Combine(Corpus.RepositoryRoot, "tests", "ClaimCheck.Tests", "Parsing", "SavedForms", "Fixtures", "legacy-charset.mht"), Path.Combine(folder, "essai.mht"));
            File.WriteAllText(Path.Combine(folder, "Page.html"), "<html><body><article><p>The trial enrolled 118 adults.</p></article></body></html>");
            File.WriteAllText(Path.Combine(folder, "Page_files", "frame.html"), "<html><body><p>12 of 60 (50.0%)</p></body></html>");

            var (exitCode, output, error) = RunSample(folder);

            exitCode.Should().Be(0, error);
            output.Should().Contain($"{Path.Combine(folder, "paper.pdf")}(page 1, line 2, column 24): info CC1001: ");
            output.Should().Contain("essai.mht(").And.NotContain("frame.html");
            error.Should().Contain($"skipped: {Path.Combine(folder, "Page_files")}: the resource folder of a saved page").And.Contain("3 read, 0 failed, 1 skipped");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
