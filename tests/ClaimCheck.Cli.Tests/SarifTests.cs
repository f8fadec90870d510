using System.Text.Json;
using ClaimCheck.Reporting;
using ClaimCheck.Verification;

namespace ClaimCheck.Cli.Tests;

/// <summary>SARIF 2.1.0 from <c>check --format sarif</c> and <see cref="SarifReportWriter"/>.</summary>
public sealed class SarifTests
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    private static JsonDocument Sarif(params string[] args)
    {
        var run = Cli.Run(["check", .. args, "--format", "sarif"]);
        run.ExitCode.Should().Be(0, run.Error);
        return JsonDocument.Parse(run.Output);
    }

    [Test]
    public void Seed_000_has_the_required_structure_of_SARIF_2_1_0()
    {
        using var sarif = Sarif(Corpus.Seed000);
        var root = sarif.RootElement;

        root.GetProperty("version").GetString().Should().Be("2.1.0");
        root.GetProperty("$schema").GetString().Should().EndWith("sarif-2.1.0.json");
        var runs = root.GetProperty("runs");
        runs.ValueKind.Should().Be(JsonValueKind.Array);
        var run = runs[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().Should().Be("ClaimCheck");
        driver.GetProperty("version").GetString().Should().NotBeNullOrEmpty();
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal(RuleCatalog.All.Select(r => r.Id));
        foreach (var rule in rules)
        {
            rule.GetProperty("shortDescription").GetProperty("text").GetString().Should().NotBeNullOrEmpty();
            rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().BeOneOf(Levels);
            rule.GetProperty("helpUri").GetString().Should().Be($"docs/rules/{rule.GetProperty("id").GetString()}.md");
            rule.GetProperty("help").GetProperty("markdown").GetString().Should().StartWith($"# {rule.GetProperty("id").GetString()}: ");
            rule.GetProperty("help").GetProperty("text").GetString().Should().NotBeNullOrEmpty();
        }

        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("ruleId").GetString()).Should().Contain(["CC1003", "CC2007", "CC3001", "CC3002"]);
        foreach (var result in results)
        {
            string ruleId = result.GetProperty("ruleId").GetString()!;
            int ruleIndex = result.GetProperty("ruleIndex").GetInt32();
            ruleIndex.Should().BeInRange(0, rules.Count - 1);
            rules[ruleIndex].GetProperty("id").GetString().Should().Be(ruleId);
            result.GetProperty("level").GetString().Should().BeOneOf(Levels);
            result.GetProperty("message").GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
            var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            region.GetProperty("startLine").GetInt32().Should().BeGreaterThanOrEqualTo(1);
            region.GetProperty("startColumn").GetInt32().Should().BeGreaterThanOrEqualTo(1);
        }
    }

    [Test]
    public void Regions_point_at_the_findings_text_in_the_original_file()
    {
        using var sarif = Sarif(Corpus.Seed000);
        string file = File.ReadAllText(Corpus.Seed000);
        string[] lines = file.Split('\n');

        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        results.Should().NotBeEmpty();
        foreach (var result in results)
        {
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().StartWith("file:///").And.EndWith("/corpus/seeds/000_ee862e205fadbfc4.txt");
            var region = location.GetProperty("region");
            string text = region.GetProperty("snippet").GetProperty("text").GetString()!;
            text.Should().NotBeEmpty();
            string line = lines[region.GetProperty("startLine").GetInt32() - 1];
            line[(region.GetProperty("startColumn").GetInt32() - 1)..].Should().StartWith(text, result.GetProperty("ruleId").GetString());
            file.Substring(region.GetProperty("charOffset").GetInt32(), region.GetProperty("charLength").GetInt32()).Should().Be(text);
        }

        var drift = results.Single(r => r.GetProperty("ruleId").GetString() == "CC1003");
        drift.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("snippet").GetProperty("text").GetString().Should().Be("28");
        drift.GetProperty("relatedLocations").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Test]
    public void Html_regions_give_the_mapped_start_but_no_offsets_into_the_extracted_text()
    {
        string page = Corpus.PathOf("seeds-html/000_ee862e205fadbfc4.xenforo.html");
        using var sarif = Sarif(page);

        var run = sarif.RootElement.GetProperty("runs")[0];
        run.GetProperty("artifacts")[0].GetProperty("mimeType").GetString().Should().Be("text/html");
        var regions = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation"))
            .Where(p => p.TryGetProperty("region", out _)).Select(p => p.GetProperty("region")).ToList();
        regions.Should().NotBeEmpty();
        string[] lines = File.ReadAllLines(page);
        foreach (var region in regions)
        {
            region.TryGetProperty("charOffset", out _).Should().BeFalse();
            region.TryGetProperty("snippet", out _).Should().BeFalse();
            region.GetProperty("startLine").GetInt32().Should().BeInRange(1, lines.Length);
        }
    }

    [Test]
    public void A_relative_path_is_a_relative_uri_with_forward_slashes_and_an_unreadable_file_has_no_region()
    {
        using var stream = new MemoryStream();
        var result = ClaimChecker.CheckFile(Path.Combine("no such folder", "a b.txt"));

        SarifReportWriter.Write(stream, [result], new Uri("https://example.org/claimcheck/"));

        using var sarif = JsonDocument.Parse(stream.ToArray());
        var run = sarif.RootElement.GetProperty("runs")[0];
        var location = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("no%20such%20folder/a%20b.txt");
        location.TryGetProperty("region", out _).Should().BeFalse();
        run.GetProperty("results")[0].GetProperty("ruleId").GetString().Should().Be("CC9002");
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("helpUri").GetString()
            .Should().Be("https://example.org/claimcheck/docs/rules/CC1001.md");
    }

    [Test]
    public void A_relative_help_base_is_refused()
    {
        var write = () => SarifReportWriter.Write(new MemoryStream(), [], new Uri("docs/", UriKind.Relative));

        write.Should().Throw<ArgumentException>();
    }
}
