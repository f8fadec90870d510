using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification;

/// <summary>
/// The CC1xxx/CC2xxx acceptance of ../shared/design/SEEDS.md: exactly CC1003 (placebo 29 vs 28, Warning) and
/// CC2007 (67.0 vs 50.0 vs 12.86, Info) on seed 000, no other Warning or Error on any seed, and single
/// printed digits altered in a copy of seed 000 make the right rule fire.
/// </summary>
public sealed class SeedAcceptanceTests
{
    private static string Seed(string name) => File.ReadAllText(Corpus.PathOf("seeds/" + name));

    [Test]
    public void Seed000_has_exactly_the_denominator_drift_and_the_difference_mismatch()
    {
        var result = ClaimChecker.CheckFile(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt"));

        var findings = result.Findings.Where(f => f.Id.StartsWith("CC1", StringComparison.Ordinal) || f.Id.StartsWith("CC2", StringComparison.Ordinal)).ToList();
        findings.Select(f => f.Id).Should().BeEquivalentTo(["CC1003", "CC2007"]);
        findings.Single(f => f.Id == "CC1003").Severity.Should().Be(Severity.Warning);
        findings.Single(f => f.Id == "CC2007").Severity.Should().Be(Severity.Info, "CC2007 is Info until it shows 95% precision on held-out text (0 of 1 there); SEEDS.md asks only that it fire");

        var drift = findings.Single(f => f.Id == "CC1003");
        drift.Message.Should().Contain("29 in '34.48% (10/29)' but 28 in '67.86% (19/28)'").And.Contain("After adjusting for China’s dynamic zero-COVID-19 strategy");
        drift.Location.Text.Should().Be("28");
        drift.AdditionalLocations.Select(l => l.Text).Should().Contain("29");

        var difference = findings.Single(f => f.Id == "CC2007");
        difference.Message.Should().StartWith("67.0 − 50.0 = 17.0").And.Contain("12.86").And.Contain("medians");
        difference.Location.Text.Should().Be("12.86");
        difference.Location.Position.Line.Should().Be(22);
    }

    [Test]
    public void Seed000_language_findings_are_exactly_the_lung_recovery_claim_and_the_increased_distance()
    {
        // Both language rules report at Info until they show 95% precision on held-out text (docs/accuracy.md).
        var findings = ClaimChecker.CheckFile(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt")).Findings
            .Where(f => f.Id is "CC3001" or "CC3002").ToList();

        findings.Select(f => f.Id).Should().BeEquivalentTo(["CC3001", "CC3002"]);
        var benefit = findings.Single(f => f.Id == "CC3001");
        benefit.Severity.Should().Be(Severity.Info, "CC3001 is Info until it shows 95% precision on held-out text (0 of 3 true there); SEEDS.md asked for Warning");
        benefit.Location.Text.Should().Be("may offer potential benefits");
        benefit.Message.Should().Contain("lung recovery").And.Contain("0.65–4.34").And.Contain("similar");
        var wording = findings.Single(f => f.Id == "CC3002");
        wording.Location.Text.Should().Be("increased");
        wording.Message.Should().Contain("0.057");
    }

    [TestCase("001_db98887bc4b493aa.txt")]
    [TestCase("002_bc1ab4963135bc6e.txt")]
    [TestCase("003_b2b854ce0c420455.txt")]
    [TestCase("004_234abb51753c3ea1.txt")]
    public void Other_seeds_have_no_warning_or_error(string seed)
        => RuleTestKit.WarningsAndErrors(ClaimChecker.CheckFile(Corpus.PathOf("seeds/" + seed))).Should().BeEmpty();

    [Test]
    public void Seed003_marginal_language_is_info() => ClaimChecker.CheckFile(Corpus.PathOf("seeds/003_b2b854ce0c420455.txt")).Findings
        .Where(f => f.Id == "CC3003").Should().NotBeEmpty().And.OnlyContain(f => f.Severity == Severity.Info && f.Location.Text == "marginally smaller");

    [Test]
    public void Seed000_consistent_numbers_are_checked_and_pass()
    {
        // Every percentage is its k/n (23/49 = 46.94%, 10/29 = 34.48%, 26/49 = 53.06%, 19/28 = 67.86%),
        // both ORs follow from the counts (1.681, 0.535) and both intervals are Woolf's (0.65–4.34, 0.20–1.41):
        // so no CC1001, CC2004 or CC2005 of any severity, and the phase 2 median-difference intervals give no CC2006.
        var ids = ClaimChecker.CheckFile(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt")).Findings.Select(f => f.Id).ToList();

        ids.Should().NotContain(["CC1001", "CC1004", "CC1005", "CC2001", "CC2003", "CC2004", "CC2005", "CC2006"]);
    }

    [Test]
    public void Seed002_Altman_Bland_p_agrees_with_the_slightly_asymmetric_interval()
        // −10.8 (−20.7, −1.5): the whole width gives p ≈ 0.027, the halves 0.023 and 0.033; p = 0.030 lies within.
        => ClaimChecker.CheckFile(Corpus.PathOf("seeds/002_bc1ab4963135bc6e.txt")).Findings.Should().NotContain(f => f.Id == "CC2006");

    [TestCase("46.94% (23/49)", "46.94% (23/48)", "CC1001", "23/48")]
    [TestCase("(OR\u2009=\u20090.54, 95% CI: 0.20–1.41)", "(OR\u2009=\u20090.45, 95% CI: 0.20–1.41)", "CC2004", "0.45")]
    [TestCase("[OR]\u2009=\u20091.68,", "[OR]\u2009=\u20091.86,", "CC2004", "1.86")]
    [TestCase("[CI]: 0.65–4.34", "[CI]: 0.65–1.34", "CC2001", "1.68")]
    [TestCase("[CI]: 0.65–4.34", "[CI]: 0.65–1.34", "CC2005", "0.65")]
    [TestCase("(10/29) in the placebo group", "(10/28) in the placebo group", "CC1001", "10/28")]
    [TestCase("difference of 12.86", "difference of 17.86", "CC2007", "!")]
    public void Altering_one_printed_digit_makes_the_right_rule_fire(string original, string altered, string id, string mentioned)
    {
        // The page has thin spaces (U+2009) around '=' in the ORs; the cases spell them out.
        string text = Seed("000_ee862e205fadbfc4.txt");
        text.Should().Contain(original);

        var findings = ClaimChecker.Check(text.Replace(original, altered, StringComparison.Ordinal)).Findings;

        if (mentioned == "!")
        {
            // 67.0 − 50.0 = 17.0 and 17.86 is still not it; the rule keeps firing and names the new value.
            findings.Should().Contain(f => f.Id == id && f.Message.Contains("17.86"));
        }
        else
        {
            findings.Should().Contain(f => f.Id == id && f.Message.Contains(mentioned));
        }
    }

    [Test]
    public void A_difference_that_does_match_its_values_silences_CC2007()
    {
        string text = Seed("000_ee862e205fadbfc4.txt").Replace("difference of 12.86 (95% CI: 1.44–24.28)", "difference of 17.00 (95% CI: 5.58–28.42)", StringComparison.Ordinal);

        ClaimChecker.Check(text).Findings.Should().NotContain(f => f.Id == "CC2007");
    }

    [Test]
    public void Severity_can_be_overridden_or_turned_off_per_rule()
    {
        var read = ClaimChecker.ReadFile(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt"));
        var options = ClaimCheck.Verification.VerifierOptions.Default.WithSeverity("CC1003", Severity.Error).WithSeverity("CC2007", null);

        var findings = ClaimChecker.Check(read, new ClaimCheck.Verification.Verifier(options)).Findings;

        findings.Single(f => f.Id == "CC1003").Severity.Should().Be(Severity.Error);
        findings.Should().NotContain(f => f.Id == "CC2007");
    }
}
