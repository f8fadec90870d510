using System.Text.Json;
using ClaimCheck.Reporting;
using ClaimCheck.Reporting.Fingerprints;
using ClaimCheck.Verification;

namespace ClaimCheck.Cli.Tests;

/// <summary>
/// SARIF 2.1.0 from <c>check --format sarif</c> and <see cref="SarifReportWriter"/>. Every log a test writes
/// is validated against the official schema in <see cref="TearDown"/> (<see cref="SarifSchema"/>).
/// </summary>
public sealed class SarifTests
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    private readonly List<string> _written = [];

    [SetUp]
    public void Forget() => _written.Clear();

    /// <summary>Validates what the test wrote, after its own assertions passed.</summary>
    [TearDown]
    public void EverySarifWrittenIsValidAgainstTheOfficialSchema()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status != NUnit.Framework.Interfaces.TestStatus.Passed)
        {
            return;
        }

        foreach (string sarif in _written)
        {
            SarifSchema.ShouldBeValid(sarif);
        }
    }

    private JsonDocument Sarif(params string[] args)
    {
        var run = Cli.Run(["check", .. args, "--format", "sarif"]);
        run.ExitCode.Should().Be(0, run.Error);
        _written.Add(run.Output);
        return JsonDocument.Parse(run.Output);
    }

    private JsonDocument Written(MemoryStream stream)
    {
        _written.Add(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        return JsonDocument.Parse(stream.ToArray());
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
            rule.TryGetProperty("helpUri", out _).Should().BeFalse("the schema wants an absolute helpUri, and without --help-base-uri there is none");
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
            result.GetProperty("partialFingerprints").GetProperty(FindingFingerprint.SarifKey).GetString().Should().MatchRegex("^[0-9a-f]{32}$");
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

        using var sarif = Written(stream);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var location = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("no%20such%20folder/a%20b.txt");
        location.TryGetProperty("region", out _).Should().BeFalse();
        run.GetProperty("results")[0].GetProperty("ruleId").GetString().Should().Be("CC9002");
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("helpUri").GetString()
            .Should().Be("https://example.org/claimcheck/docs/rules/CC1001.md");
    }

    [Test]
    public void Absolute_paths_with_brackets_spaces_and_non_ASCII_are_percent_encoded_file_URIs()
    {
        using var folder = new TempFolder();
        string page = folder.Copy(Corpus.Seed000, Path.Combine("saved [2024]", "thread #1 ü.txt"));

        using var sarif = Sarif(page);

        string uri = sarif.RootElement.GetProperty("runs")[0].GetProperty("artifacts")[0].GetProperty("location").GetProperty("uri").GetString()!;
        uri.Should().StartWith("file:///").And.EndWith("/saved%20%5B2024%5D/thread%20%231%20%C3%BC.txt");
        SarifSchema.IsRfc3986(uri, absolute: true).Should().BeTrue();
        new Uri(uri).LocalPath.Should().Be(Path.GetFullPath(page), "the URI names the same file");
    }

    [Test]
    public void The_validator_catches_a_relative_helpUri_and_an_unencoded_bracket()
    {
        var run = Cli.Run("check", Corpus.Seed000, "--format", "sarif");
        var log = System.Text.Json.Nodes.JsonNode.Parse(run.Output)!;
        log["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!["helpUri"] = "docs/rules/CC1001.md";
        log["runs"]![0]!["artifacts"]![0]!["location"]!["uri"] = "file:///tmp/saved [1].txt";

        var errors = SarifSchema.Errors(log.ToJsonString());

        errors.Should().Contain(e => e.Contains("helpUri", StringComparison.Ordinal)).And.Contain(e => e.Contains("artifacts[0].location.uri", StringComparison.Ordinal));
    }

    [Test]
    public void The_strict_URI_check_refuses_what_the_schema_forbids()
    {
        SarifSchema.IsRfc3986("docs/rules/CC1001.md", absolute: true).Should().BeFalse("a relative reference is not a uri");
        SarifSchema.IsRfc3986("file:///tmp/a [1].txt", absolute: true).Should().BeFalse();
        SarifSchema.IsRfc3986("file:///tmp/a%20%5B1%5D.txt", absolute: true).Should().BeTrue();
        SarifSchema.IsRfc3986("a%2.txt", absolute: false).Should().BeFalse();
    }

    [Test]
    public void The_fingerprint_does_not_change_when_lines_are_added_above_the_finding()
    {
        using var folder = new TempFolder();
        string original = File.ReadAllText(Corpus.Seed000);
        string a = folder.Write("a.txt", System.Text.Encoding.UTF8.GetBytes(original));
        string b = folder.Write("b.txt", System.Text.Encoding.UTF8.GetBytes("a note added on top\n\nand another line\n\n" + original));

        var before = Fingerprints(Sarif(a));
        var after = Fingerprints(Sarif(b));

        before.Should().NotBeEmpty();
        after.Should().Equal(before, "only the lines moved");
        after.Select(p => p.Fingerprint).Should().OnlyHaveUniqueItems("each finding of seed 000 quotes different text");

        static List<(string Rule, string Fingerprint)> Fingerprints(JsonDocument sarif) =>
            [.. sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => (r.GetProperty("ruleId").GetString()!, r.GetProperty("partialFingerprints").GetProperty(FindingFingerprint.SarifKey).GetString()!))];
    }

    [Test]
    public void Compare_writes_valid_SARIF_too()
    {
        var run = Cli.Run("compare", Corpus.Seed001, "--source", Corpus.Seed002, "--format", "sarif");

        run.ExitCode.Should().Be(0, run.Error);
        _written.Add(run.Output);
        JsonDocument.Parse(run.Output).RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Test]
    public void A_relative_help_base_is_refused()
    {
        var write = () => SarifReportWriter.Write(new MemoryStream(), [], new Uri("docs/", UriKind.Relative));

        write.Should().Throw<ArgumentException>();
    }
}
