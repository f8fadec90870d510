using ClaimCheck.Diagnostics;
using ClaimCheck.Parsing;
using ClaimCheck.Verification;

namespace ClaimCheck.Tests.Api;

/// <summary>
/// The one finding policy: the options' severity for an id applies to every finding (rule, comparison,
/// reading, extraction), null turns it off, and ids nothing reports are refused.
/// </summary>
public sealed class FindingPolicyTests
{
    // Seed 000 has a CC1003 Warning, two CC9004 Infos and a CC2007 Info (README's example output).
    private static string Seed => Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt");

    private static CheckResult CheckSeed(VerifierOptions options) => ClaimChecker.Check(ClaimChecker.ReadFile(Seed), new Verifier(options));

    [Test]
    public void A_rule_finding_takes_the_options_severity_or_is_dropped()
    {
        CheckSeed(VerifierOptions.Default).Findings.Should().Contain(f => f.Id == "CC1003" && f.Severity == Severity.Warning);

        CheckSeed(VerifierOptions.Default.WithSeverity("CC1003", Severity.Error)).Findings.Where(f => f.Id == "CC1003")
            .Should().NotBeEmpty().And.OnlyContain(f => f.Severity == Severity.Error);
        CheckSeed(VerifierOptions.Default.WithSeverity("cc1003", null)).Findings.Should().NotContain(f => f.Id == "CC1003");
    }

    [Test]
    public void An_extraction_finding_CC9004_takes_the_options_severity_or_is_dropped()
    {
        CheckSeed(VerifierOptions.Default).Findings.Where(f => f.Id == "CC9004").Should().HaveCount(2).And.OnlyContain(f => f.Severity == Severity.Info);

        CheckSeed(VerifierOptions.Default.WithSeverity("CC9004", Severity.Warning)).Findings.Where(f => f.Id == "CC9004")
            .Should().HaveCount(2).And.OnlyContain(f => f.Severity == Severity.Warning);
        CheckSeed(VerifierOptions.Default.WithSeverity("CC9004", null)).Findings.Should().NotContain(f => f.Id == "CC9004");
    }

    [Test]
    public void CC9002_can_be_turned_off_through_the_library()
    {
        var missing = ClaimChecker.ReadFile(Path.Combine(Path.GetTempPath(), "claimcheck-no-such-file-" + Guid.NewGuid() + ".txt"));

        ClaimChecker.Check(missing, new Verifier()).Findings.Should().ContainSingle()
            .Which.Should().Match<Finding>(f => f.Id == "CC9002" && f.Severity == Severity.Error && f.Message == "the file does not exist");
        ClaimChecker.Check(missing, new Verifier(VerifierOptions.Default.WithSeverity("CC9002", null))).Findings.Should().BeEmpty();
        ClaimChecker.Check(missing, new Verifier(VerifierOptions.Default.WithSeverity("CC9002", Severity.Warning))).Findings.Should().ContainSingle()
            .Which.Severity.Should().Be(Severity.Warning);
    }

    [Test]
    public void CC9003_takes_the_options_severity()
    {
        var pipeline = new ClaimPipelineBuilder().UseDefaultRules()
            .WithReaderOptions(new ReaderOptions { MaxInputBytes = 40 })
            .WithOptions(VerifierOptions.Default.WithSeverity("CC9003", Severity.Info))
            .Build();

        var result = pipeline.Check(new MemoryStream("Of 49 patients, 23 improved.\nA second line that is past the limit.\n"u8.ToArray()), "cut.txt");

        result.Findings.Should().ContainSingle(f => f.Id == "CC9003").Which.Severity.Should().Be(Severity.Info);
    }

    [Test]
    public void A_comparison_finding_takes_the_options_severity_or_is_dropped()
    {
        string summary = File.ReadAllText(Corpus.PathOf("seeds/001_db98887bc4b493aa.txt"));
        string source = File.ReadAllText(Corpus.PathOf("seeds/002_bc1ab4963135bc6e.txt"));

        // The summary's arm sizes 65 and 35 are not in the source abstract: CC4002 at Info by default.
        ClaimChecker.Compare(summary, source).Findings.Where(f => f.Id == "CC4002").Should().HaveCount(2).And.OnlyContain(f => f.Severity == Severity.Info);
        ClaimChecker.Compare(summary, source, VerifierOptions.Default.WithSeverity("CC4002", Severity.Warning)).Findings.Where(f => f.Id == "CC4002")
            .Should().HaveCount(2).And.OnlyContain(f => f.Severity == Severity.Warning);
        ClaimChecker.Compare(summary, source, VerifierOptions.Default.WithSeverity("CC4002", null)).Findings.Should().NotContain(f => f.Id == "CC4002");
    }

    [Test]
    public void An_unknown_CC_id_is_refused_by_name()
    {
        var act = () => VerifierOptions.Default.WithSeverity("CC9999", Severity.Error);

        act.Should().Throw<ArgumentException>().WithMessage("*CC9999*").Which.ParamName.Should().Be("id");
    }

    [Test]
    public void An_id_no_rule_of_the_pipeline_reports_is_refused_when_the_pipeline_is_built()
    {
        // A non-CC id may belong to a user's rule, so the options take it; the verifier knows whether one reports it.
        var options = VerifierOptions.Default.WithSeverity("FORUM404", Severity.Error);

        FluentActions.Invoking(() => new Verifier(options)).Should().Throw<ArgumentException>().WithMessage("*FORUM404*");
        FluentActions.Invoking(() => new ClaimPipelineBuilder().UseDefaultRules().WithOptions(options).Build()).Should().Throw<ArgumentException>().WithMessage("*FORUM404*");
        // Options made without WithSeverity are checked as well.
        var direct = VerifierOptions.Default with { Severities = VerifierOptions.Default.Severities.SetItem("CC9999", null) };
        FluentActions.Invoking(() => new Verifier(direct)).Should().Throw<ArgumentException>().WithMessage("*CC9999*");
    }

    [TestCase(0.0)]
    [TestCase(1.0)]
    [TestCase(-0.05)]
    [TestCase(1.5)]
    [TestCase(double.NaN)]
    public void Alpha_outside_zero_to_one_is_refused_by_name(double alpha)
    {
        var act = () => VerifierOptions.Default with { Alpha = alpha };

        act.Should().Throw<ArgumentException>().WithMessage("*Alpha*").Which.ParamName.Should().Be("Alpha");
    }

    [Test]
    public void Alpha_inside_zero_to_one_is_taken() => (VerifierOptions.Default with { Alpha = 0.01 }).Alpha.Should().Be(0.01);
}
