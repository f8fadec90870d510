using System.Text;
using System.Text.Json;
using ClaimCheck.Cli.Config;
using NJsonSchema;

namespace ClaimCheck.Cli.Tests;

/// <summary>claimcheck.json, run through the real binary: found upward from each checked path, overridden by the command line, refused with exit 2 naming the key.</summary>
public sealed class ConfigTests
{
    private static string SchemaPath => Path.Combine(Corpus.Root, "..", "docs", "claimcheck.schema.json");

    private static void WriteConfig(TempFolder folder, string relative, string json) => folder.Write(relative, Encoding.UTF8.GetBytes(json));

    [Test]
    public void Rules_in_a_config_above_the_checked_file_apply_and_the_command_line_overrides_them()
    {
        using var folder = new TempFolder();
        string seed = folder.Copy(Corpus.Seed000, Path.Combine("pages", "deep", "seed.txt"));
        WriteConfig(folder, "claimcheck.json", """{ "rules": { "CC1003": "error", "CC3002": "off" } }""");

        var configured = RealCli.Run(folder.Path, null, "check", seed);
        var overridden = RealCli.Run(folder.Path, null, "check", seed, "--rule", "CC1003=info");

        configured.ExitCode.Should().Be(1, "CC1003 is raised to error by the config: " + configured.Error);
        configured.Output.Should().Contain("error CC1003").And.NotContain("CC3002");
        overridden.ExitCode.Should().Be(0, overridden.Error);
        overridden.Output.Should().Contain("info CC1003").And.NotContain("CC3002", "the config's other settings still apply");
    }

    [Test]
    public void Compare_takes_the_rules_of_the_config_above_the_summary()
    {
        using var folder = new TempFolder();
        string summary = folder.Copy(Corpus.Seed001, Path.Combine("news", "summary.txt"));
        string source = folder.Copy(Corpus.Seed002, "source.txt");
        var before = RealCli.Run(folder.Path, null, "compare", summary, "--source", source);
        WriteConfig(folder, Path.Combine("news", "claimcheck.json"), """{ "rules": { "CC4002": "off" } }""");

        var configured = RealCli.Run(folder.Path, null, "compare", summary, "--source", source);
        var overridden = RealCli.Run(folder.Path, null, "compare", summary, "--source", source, "--rule", "CC4002=info");

        before.Output.Should().Contain("CC4002", "seed 001 has numbers its source lacks");
        configured.ExitCode.Should().Be(0, configured.Error);
        configured.Output.Should().NotContain("CC4002");
        overridden.Output.Should().Contain("info CC4002", "the command line overrides the config");
    }

    [Test]
    public void The_nearest_config_wins_for_each_checked_path()
    {
        using var folder = new TempFolder();
        string outer = folder.Copy(Corpus.Seed000, "outer.txt");
        string inner = folder.Copy(Corpus.Seed000, Path.Combine("inner", "inner.txt"));
        WriteConfig(folder, "claimcheck.json", """{ "rules": { "CC1003": "off" } }""");
        WriteConfig(folder, Path.Combine("inner", "claimcheck.json"), """{ "rules": { "CC1003": "error" } }""");

        var run = RealCli.Run(folder.Path, null, "check", folder.Path);

        run.Lines.Where(l => l.Contains("CC1003", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().StartWith(inner).And.Contain("error CC1003");
        run.Output.Should().Contain(outer + "(", "the outer file is still checked");
    }

    [Test]
    public void Alpha_comes_from_the_config_and_alpha_on_the_command_line_overrides_it()
    {
        using var folder = new TempFolder();
        string seed = folder.Copy(Corpus.Seed000, "seed.txt");
        // Seed 000's CC3002 is P = 0.057: not significant at 0.05, significant at 0.10.
        var defaults = RealCli.Run(folder.Path, null, "check", seed);
        WriteConfig(folder, "claimcheck.json", """{ "alpha": 0.10, "sided": "two" }""");
        var configured = RealCli.Run(folder.Path, null, "check", seed);
        var overridden = RealCli.Run(folder.Path, null, "check", seed, "--alpha", "0.05");

        defaults.Output.Should().Contain("CC3002").And.Contain("α = 0.05");
        configured.ExitCode.Should().Be(0, configured.Error);
        configured.Output.Should().NotContain("CC3002", "P = 0.057 is significant at α = 0.10");
        overridden.Output.Should().Contain("CC3002");
    }

    [Test]
    public void Include_and_exclude_globs_select_the_pages_of_a_folder_and_a_named_file_is_always_checked()
    {
        using var folder = new TempFolder();
        folder.Copy(Corpus.Seed000, Path.Combine("threads", "a.txt"));
        folder.Copy(Corpus.Seed000, Path.Combine("threads", "drafts", "b.txt"));
        string c = folder.Copy(Corpus.Seed000, Path.Combine("news", "c.txt"));
        WriteConfig(folder, "claimcheck.json", """{ "include": ["threads/**/*.txt"], "exclude": ["**/drafts/**"] }""");

        var run = RealCli.Run(folder.Path, null, "check", folder.Path, "--format", "csv");
        var named = RealCli.Run(folder.Path, null, "check", c);

        run.ExitCode.Should().Be(0, run.Error);
        run.Lines.Skip(1).Select(l => Path.GetFileName(l.Split(',')[0])).Distinct().Should().Equal("a.txt");
        run.Error.Should().Contain("1 read, 0 failed, 3 skipped", "b.txt and c.txt by the globs, claimcheck.json by its extension");
        named.Error.Should().Contain("1 read, 0 failed, 0 skipped");
    }

    [Test]
    public void Formats_in_the_current_folders_config_are_written_relative_to_it_unless_the_command_line_names_a_format()
    {
        using var folder = new TempFolder();
        string seed = folder.Copy(Corpus.Seed000, "seed.txt");
        WriteConfig(folder, "claimcheck.json", """{ "formats": [ { "format": "sarif", "output": "out/report.sarif" }, { "format": "github" } ] }""");
        Directory.CreateDirectory(Path.Combine(folder.Path, "out"));

        var configured = RealCli.Run(folder.Path, null, "check", "seed.txt");
        var commandLine = RealCli.Run(folder.Path, null, "check", "seed.txt", "--format", "text");

        configured.ExitCode.Should().Be(0, configured.Error);
        configured.Lines.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith("::", StringComparison.Ordinal));
        string sarif = File.ReadAllText(Path.Combine(folder.Path, "out", "report.sarif"));
        JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().Should().Be(configured.Lines.Length);
        SarifSchema.ShouldBeValid(sarif);
        commandLine.Lines.Should().OnlyContain(l => l.StartsWith("seed.txt(", StringComparison.Ordinal));
        _ = seed;
    }

    [TestCase("""{ "alpha": 5 }""", "'alpha'")]
    [TestCase("""{ "alpha": "0.05" }""", "'alpha'")]
    [TestCase("""{ "sided": "three" }""", "'sided'")]
    [TestCase("""{ "rules": { "CC9999": "off" } }""", "'rules.CC9999'")]
    [TestCase("""{ "rules": { "CC1003": "loud" } }""", "'rules.CC1003'")]
    [TestCase("""{ "include": [ 3 ] }""", "'include[0]'")]
    [TestCase("""{ "formats": [ { "format": "pdf" } ] }""", "'formats[0].format'")]
    [TestCase("""{ "formats": [ { "format": "text" }, { "format": "csv" } ] }""", "'formats'")]
    [TestCase("""{ "colour": true }""", "'colour'")]
    [TestCase("""{ "alpha": """, "not valid JSON")]
    public void A_bad_config_is_exit_2_naming_the_key(string json, string named)
    {
        using var folder = new TempFolder();
        string seed = folder.Copy(Corpus.Seed000, "seed.txt");
        WriteConfig(folder, "claimcheck.json", json);

        var run = RealCli.Run(folder.Path, null, "check", seed);

        run.ExitCode.Should().Be(2, run.Error);
        run.Error.Should().Contain(Path.Combine(folder.Path, "claimcheck.json")).And.Contain(named);
        run.Output.Should().BeEmpty();
    }

    [Test]
    public void Sided_is_read_and_validated()
    {
        string path = Path.Combine(Path.GetTempPath(), "claimcheck.json");
        ConfigLoader.Parse(path, """{ "sided": "one" }""").Sided.Should().Be(Sidedness.One);
        ConfigLoader.Parse(path, """{ }""").Sided.Should().BeNull();
    }

    [Test]
    public void Sided_one_reads_every_test_one_sided_too()
    {
        using var folder = new TempFolder();
        // t(28) = 1.80 gives p = .083 two-sided and .041 one-sided: "p = .04" fits only one-sided.
        string page = folder.Write("t.txt", "Results: pain fell more with the drug, t(28) = 1.80, p = .04.\n"u8.ToArray());
        var two = RealCli.Run(folder.Path, null, "check", page);
        WriteConfig(folder, "claimcheck.json", """{ "sided": "one" }""");
        var one = RealCli.Run(folder.Path, null, "check", page);

        two.Output.Should().Contain("CC2009").And.Contain("two-sided");
        one.ExitCode.Should().Be(0, one.Output + one.Error);
        one.Output.Should().NotContain("CC2008").And.NotContain("CC2009");
    }

    [Test]
    public void The_shipped_schema_lists_exactly_the_keys_the_loader_reads_and_accepts_what_it_accepts()
    {
        string text = File.ReadAllText(SchemaPath);
        var schema = JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult();
        using var json = JsonDocument.Parse(text);

        json.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(ConfigLoader.Keys);
        json.RootElement.GetProperty("properties").GetProperty("formats").GetProperty("items").GetProperty("properties").GetProperty("format").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()).Should().Equal(ReportOptions.CheckFormats);

        const string Good = """{ "$schema": "claimcheck.schema.json", "rules": { "CC1003": "error", "cc3003": "off" }, "alpha": 0.01, "sided": "one", "include": ["**/*.txt"], "exclude": ["drafts/**"], "formats": [ { "format": "sarif", "output": "r.sarif" }, { "format": "text" } ] }""";
        schema.Validate(Good).Should().BeEmpty();
        ConfigLoader.Parse(Path.Combine(Path.GetTempPath(), "claimcheck.json"), Good).Alpha.Should().Be(0.01);
        schema.Validate("""{ "alpha": 1 }""").Should().NotBeEmpty();
        schema.Validate("""{ "colour": true }""").Should().NotBeEmpty();
        schema.Validate("""{ "formats": [ { "format": "pdf" } ] }""").Should().NotBeEmpty();
    }
}
