using System.Text;
using System.Text.Json;

namespace ClaimCheck.Cli.Tests;

/// <summary><c>--write-baseline</c> and <c>--baseline</c> through the real binary: accepted findings stay quiet when lines move, new ones are reported.</summary>
public sealed class BaselineTests
{
    [Test]
    public void A_baseline_silences_todays_findings_even_after_lines_moved_and_reports_a_new_one()
    {
        using var folder = new TempFolder();
        string original = File.ReadAllText(Corpus.Seed000);
        string seed = folder.Write(Path.Combine("pages", "seed.txt"), Encoding.UTF8.GetBytes(original));
        string baseline = Path.Combine(folder.Path, "claimcheck-baseline.json");

        var write = RealCli.Run(folder.Path, null, "check", seed, "--write-baseline", baseline, "--fail-on", "warning");
        var same = RealCli.Run(folder.Path, null, "check", seed, "--baseline", baseline, "--fail-on", "warning");
        // Two lines added on top: every finding moves down two lines.
        File.WriteAllText(seed, "Saved again with a note on top.\n\n" + original);
        var moved = RealCli.Run(folder.Path, null, "check", seed, "--baseline", baseline, "--fail-on", "warning");
        // One number changed: the arm of 28 becomes 27, so CC1003 quotes other text and is a new finding.
        File.WriteAllText(seed, original.Replace("67.86% (19/28)", "70.37% (19/27)", StringComparison.Ordinal));
        var edited = RealCli.Run(folder.Path, null, "check", seed, "--baseline", baseline, "--fail-on", "warning");

        write.ExitCode.Should().Be(1, "the run that writes the baseline reports as usual");
        write.Lines.Should().HaveCountGreaterThan(3);
        using (var json = JsonDocument.Parse(File.ReadAllText(baseline)))
        {
            var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
            findings.Should().HaveCount(write.Lines.Length);
            findings.Select(f => f.GetProperty("path").GetString()).Should().OnlyContain(p => p == "pages/seed.txt", "paths are relative to the baseline's folder");
        }

        same.ExitCode.Should().Be(0, same.Error);
        same.Output.Should().BeEmpty();
        moved.ExitCode.Should().Be(0, moved.Error);
        moved.Output.Should().BeEmpty("only the lines moved");
        edited.Lines.Should().Contain(l => l.Contains("CC1003", StringComparison.Ordinal) && l.Contains("but 27 in", StringComparison.Ordinal));
        edited.Lines.Should().NotContain(l => l.Contains("CC2007", StringComparison.Ordinal) || l.Contains("CC3001", StringComparison.Ordinal) || l.Contains("CC9004", StringComparison.Ordinal),
            "the findings whose text did not change are still in the baseline");
        edited.ExitCode.Should().Be(1);
    }

    [Test]
    public void A_baseline_works_from_another_current_folder_and_a_finding_it_lacks_is_reported()
    {
        using var folder = new TempFolder();
        string page = folder.Copy(Corpus.PathOf("seeds/003_b2b854ce0c420455.txt"), "page.txt");
        string baseline = Path.Combine(folder.Path, "baseline.json");
        RealCli.Run(folder.Path, null, "check", "page.txt", "--write-baseline", "baseline.json").ExitCode.Should().Be(0);

        var elsewhere = RealCli.Run(Path.GetTempPath(), null, "check", page, "--baseline", baseline);
        // Drop the entry of the second CC3003 (line 10): that finding alone is new.
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(baseline))!;
        var findings = json["findings"]!.AsArray();
        findings.Should().HaveCount(2);
        string dropped = findings[1]!["fingerprint"]!.GetValue<string>();
        findings.RemoveAt(1);
        File.WriteAllText(baseline, json.ToJsonString());
        var lacking = RealCli.Run(folder.Path, null, "check", "page.txt", "--baseline", "baseline.json", "--format", "csv");

        elsewhere.ExitCode.Should().Be(0, elsewhere.Error);
        elsewhere.Output.Should().BeEmpty(elsewhere.Error);
        lacking.Lines.Should().HaveCount(2);
        lacking.Lines[1].Should().StartWith("page.txt,10,14,info,CC3003,").And.EndWith("," + dropped);
    }

    [TestCase("{ \"version\": 2, \"findings\": [] }")]
    [TestCase("not json")]
    public void A_bad_baseline_is_exit_2(string content)
    {
        using var folder = new TempFolder();
        string baseline = folder.Write("baseline.json", Encoding.UTF8.GetBytes(content));

        var run = RealCli.Run(folder.Path, null, "check", Corpus.Seed000, "--baseline", baseline);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(baseline);
    }

    [Test]
    public void Baseline_and_write_baseline_together_are_a_usage_error()
    {
        var run = Cli.Run("check", Corpus.Seed000, "--baseline", "a.json", "--write-baseline", "b.json");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("not both");
    }
}
