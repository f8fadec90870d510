using System.Text.Json;

namespace ClaimCheck.Cli.Tests;

/// <summary><c>claimcheck check</c>: formats, severities, exit codes, directories, bad inputs, standard input.</summary>
public sealed class CheckCommandTests
{
    private const string TextLine = @"^.+\(\d+,\d+\): (info|warning|error) CC\d{4}: .+$";

    [Test]
    public void Seed_000_gives_one_text_line_per_finding_and_exit_0_when_nothing_reaches_error()
    {
        var run = Cli.Run("check", Corpus.Seed000);

        run.ExitCode.Should().Be(0, run.Error);
        run.Lines.Should().NotBeEmpty().And.OnlyContain(line => System.Text.RegularExpressions.Regex.IsMatch(line, TextLine));
        run.Lines.Should().ContainMatch("*000_ee862e205fadbfc4.txt(22,*): warning CC1003: the placebo group is 29*")
            .And.ContainMatch("*: info CC2007: *").And.ContainMatch("*: info CC3001: *").And.ContainMatch("*: info CC3002: *");
        run.Error.Should().EndWith("1 read, 0 failed, 0 skipped" + Environment.NewLine);
    }

    [Test]
    public void Fail_on_warning_gives_exit_1()
    {
        Cli.Run("check", Corpus.Seed000, "--fail-on", "warning").ExitCode.Should().Be(1);
    }

    [Test]
    public void A_rule_turned_off_is_not_reported()
    {
        var run = Cli.Run("check", Corpus.Seed000, "--rule", "CC1003=off", "--rule", "cc2007=off");

        run.ExitCode.Should().Be(0);
        run.Output.Should().NotContain("CC1003").And.NotContain("CC2007").And.Contain("CC3001");
    }

    [Test]
    public void A_rule_raised_to_error_fails_the_run()
    {
        var run = Cli.Run("check", Corpus.Seed000, "--rule", "CC1003=error");

        run.ExitCode.Should().Be(1);
        run.Lines.Should().ContainMatch("*: error CC1003: *").And.NotContainMatch("*: warning CC1003: *");
    }

    [Test]
    public void Min_severity_hides_lower_findings_and_they_do_not_count_for_fail_on()
    {
        var all = Cli.Run("check", Corpus.Seed000);
        all.Lines.Should().ContainMatch("*: info CC9004: *", "seed 000 has an Info finding to hide");

        var run = Cli.Run("check", Corpus.Seed000, "--min-severity", "warning");
        run.Lines.Should().NotContainMatch("*: info *").And.ContainMatch("*: warning CC1003: *");

        var errorsOnly = Cli.Run("check", Corpus.Seed000, "--min-severity", "error", "--fail-on", "warning");
        errorsOnly.Output.Should().BeEmpty();
        errorsOnly.ExitCode.Should().Be(0);
    }

    [Test]
    public void A_directory_is_read_recursively_in_path_order_whatever_the_completion_order()
    {
        using var folder = new TempFolder();
        // Names chosen so that creation order, size order and sorted order all differ.
        folder.Copy(Corpus.Seed000, "b/zz.txt");
        folder.Copy(Corpus.PathOf("seeds/003_b2b854ce0c420455.txt"), "a.txt");
        folder.Copy(Corpus.Seed000, "b/aa.TXT");
        folder.Copy(Corpus.PathOf("seeds/004_234abb51753c3ea1.txt"), "c/deep/x.htm.txt");
        folder.Write("notes.md", "# not a page"u8.ToArray());
        folder.Write("b/gold.json", "{}"u8.ToArray());

        var first = Cli.Run("check", folder.Path);
        var second = Cli.Run("check", folder.Path);

        first.ExitCode.Should().Be(0, first.Error);
        first.Output.Should().Be(second.Output);
        var paths = first.Lines.Select(l => l[..l.IndexOf('(', StringComparison.Ordinal)]).Distinct().ToList();
        paths.Select(p => Path.GetRelativePath(folder.Path, p).Replace('\\', '/')).Should().Equal("a.txt", "b/aa.TXT", "b/zz.txt", "c/deep/x.htm.txt");
        paths.Should().BeInAscendingOrder(StringComparer.Ordinal);
        first.Error.Should().Contain("4 read, 0 failed, 2 skipped");
    }

    [Test]
    public void One_job_and_many_jobs_give_the_same_report()
    {
        using var folder = new TempFolder();
        for (int i = 0; i < 12; i++)
        {
            folder.Copy(i % 2 == 0 ? Corpus.Seed000 : Corpus.PathOf("seeds/003_b2b854ce0c420455.txt"), $"page{i:D2}.txt");
        }

        var sequential = Cli.Run("check", folder.Path, "--jobs", "1");
        var parallel = Cli.Run("check", folder.Path, "--jobs", "8");

        sequential.ExitCode.Should().Be(parallel.ExitCode);
        parallel.Output.Should().Be(sequential.Output).And.Contain("page11.txt");
        parallel.Error.Should().Contain("12 read, 0 failed, 0 skipped");
    }

    [Test]
    public void A_bad_file_among_good_ones_is_named_with_its_reason_the_others_are_checked_and_the_exit_code_is_2()
    {
        using var folder = new TempFolder();
        string binary = folder.Write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x00, 0x00, 0x02]);
        string missing = Path.Combine(folder.Path, "missing.txt");

        var run = Cli.Run("check", binary, Corpus.Seed000, missing, "--fail-on", "warning");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain($"{binary}: the input is binary").And.Contain($"{missing}: the file does not exist");
        run.Lines.Should().ContainMatch("*000_ee862e205fadbfc4.txt(22,*): warning CC1003: *");
        run.Lines.Should().ContainMatch("*missing.txt(1,1): error CC9002: the file does not exist");
        run.Error.Should().Contain("1 read, 2 failed, 0 skipped");
    }

    [Test]
    public void An_unreadable_file_follows_rule_off_like_any_finding_but_still_counts_as_failed()
    {
        using var folder = new TempFolder();
        string missing = Path.Combine(folder.Path, "missing.txt");

        var run = Cli.Run("check", Corpus.Seed000, missing, "--rule", "CC9002=off");

        // --rule goes to the library's finding policy, which drops the CC9002; the failure itself is still said and counted.
        run.Lines.Should().NotContainMatch("*CC9002*");
        run.Error.Should().Contain($"{missing}: the file does not exist").And.Contain("1 read, 1 failed, 0 skipped");
        run.ExitCode.Should().Be(2);
    }

    [Test]
    public void A_folder_of_good_bad_and_other_files_reports_each_bad_file_checks_the_rest_and_counts_exactly()
    {
        using var folder = new TempFolder();
        folder.Copy(Corpus.Seed000, "good/000.txt");
        folder.Copy(Corpus.PathOf("seeds-html/000_ee862e205fadbfc4.xenforo.html"), "good/000.html");
        folder.Copy(Corpus.Seed001, "sub/deeper/001.TXT");
        string binary = folder.Write("bad/image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        string latin1 = folder.Write("bad/latin1.txt", [.. "Of 49 patients, 23 improved "u8, 0xE9, .. " (46.9%).\n"u8]);
        string empty = folder.Write("sub/empty.htm", []);
        string surrogate = folder.Write("sub/surrogate.txt", [.. "p = 0.04 "u8, 0xED, 0xA0, 0x80, .. "\n"u8]);
        folder.Write("data.csv", "id,n\n1,49\n"u8.ToArray());
        folder.Write("sub/notes.md", "# notes"u8.ToArray());

        var run = Cli.Run("check", folder.Path, "--format", "json");

        run.ExitCode.Should().Be(2, "an unreadable input is an input error");
        run.Error.Should().Contain($"error: {binary}: the input is binary")
            .And.Contain($"error: {latin1}: the input is not valid UTF-8 (invalid byte 0xE9 at offset 28)")
            .And.Contain($"error: {empty}: the input is empty")
            .And.Contain($"error: {surrogate}: the input is not valid UTF-8 (invalid byte 0xED at offset 9)");
        run.Error.TrimEnd().Split('\n').Last().Should().Be("3 read, 4 failed, 2 skipped");
        using var json = JsonDocument.Parse(run.Output);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        documents.Should().HaveCount(7, "every page is in the report, read or not");
        documents.Count(d => d.GetProperty("error").ValueKind == JsonValueKind.String).Should().Be(4);
        documents.Where(d => d.GetProperty("error").ValueKind == JsonValueKind.Null).Should().OnlyContain(d => d.GetProperty("claims").GetArrayLength() > 0);
    }

    [Test]
    public void A_dash_reads_standard_input()
    {
        var run = Cli.RunWithInput(File.ReadAllText(Corpus.Seed000), "check", "-");

        run.ExitCode.Should().Be(0, run.Error);
        run.Lines.Should().ContainMatch("<stdin>(22,*): warning CC1003: *");
        run.Error.Should().Contain("1 read, 0 failed, 0 skipped");
    }

    [Test]
    public void Empty_standard_input_is_an_input_error()
    {
        var run = Cli.RunWithInput("", "check", "-");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("<stdin>: the input is empty");
    }

    [Test]
    public void Json_is_the_library_report_for_every_input()
    {
        var run = Cli.Run("check", Corpus.Seed000, Corpus.Seed002, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        documents.Select(d => Path.GetFileName(d.GetProperty("path").GetString())).Should().Equal("000_ee862e205fadbfc4.txt", "002_bc1ab4963135bc6e.txt");
        documents[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()).Should().Contain("CC1003");
    }

    [Test]
    public void Output_goes_to_the_file_named_by_output()
    {
        using var folder = new TempFolder();
        string report = Path.Combine(folder.Path, "report.txt");

        var run = Cli.Run("check", Corpus.Seed000, "--output", report);

        run.Output.Should().BeEmpty();
        File.ReadAllText(report).Should().Contain("warning CC1003:");
    }

    [Test]
    public void Html_writes_one_self_contained_report_with_the_findings_highlighted()
    {
        using var folder = new TempFolder();
        string report = Path.Combine(folder.Path, "report.html");

        var run = Cli.Run("check", Corpus.Seed000, "--format", "html", "--output", report);

        run.ExitCode.Should().Be(0, "seed 000 has warnings but no errors, and --fail-on defaults to error");
        string html = File.ReadAllText(report);
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("data-rule=\"CC1003\"").And.Contain("Content-Security-Policy");
    }

    [TestCase("check")]
    [TestCase("check", "x.txt", "--rule", "CC1003=loud")]
    [TestCase("check", "x.txt", "--rule", "CC0000=off")]
    [TestCase("check", "x.txt", "--format", "xml")]
    [TestCase("check", "x.txt", "--fail-on", "never")]
    [TestCase("check", "x.txt", "--jobs", "0")]
    [TestCase("frobnicate")]
    public void Usage_errors_give_exit_2_with_a_message(params string[] args)
    {
        var run = Cli.Run(args);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("error: ");
        run.Output.Should().BeEmpty();
    }

    [Test]
    public void No_command_is_a_usage_error()
    {
        var run = Cli.Run();

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("error: ");
    }
}
