using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Scanning;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>
/// Issue 12's causes in reading test statistics and p-values, one table per cause, each with its innocent
/// look-alikes: the comma inside a statistic's brackets, one-sided tests declared anywhere, truncated p,
/// inequalities and words, and PubMed's flattened powers of ten.
/// </summary>
[TestFixture]
public sealed class StatisticsNotationTests
{
    private static readonly string[] StatRules = ["CC2008", "CC2009"];

    private static IReadOnlyList<Finding> StatFindings(string text)
        => ClaimChecker.Check(text).Findings.Where(f => StatRules.Contains(f.Id)).ToList();

    private static TestStatisticClaim Statistic(string text)
        => ClaimChecker.Check(text).Extraction!.Claims.OfType<TestStatisticClaim>().Should().ContainSingle().Subject;

    // Cause 1: "F(1,115)" is two df, not one of 1115.
    [TestCase("The effect was F(1,115) = 3.90, p = .05.", 1, 115)]
    [TestCase("The effect was F(2,1150) = 3.90, p = .02.", 2, 1150)]
    [TestCase("The effect was F (1,115) = 3.90, p = .05.", 1, 115)]
    [TestCase("The effect was F[1,115] = 3.90, p = .05.", 1, 115)]
    public void A_comma_inside_a_statistics_brackets_separates_df(string text, double df1, double df2)
    {
        var claim = Statistic(text);
        claim.Df1!.Value.Value.Should().Be(df1);
        claim.Df2!.Value.Value.Should().Be(df2);
    }

    [Test]
    public void The_split_df_are_checked() => StatFindings("The effect was F(1,115) = 8.00, p = .04.").Should().ContainSingle(f => f.Id == "CC2008");

    [TestCase("Of 1,115 patients, most stayed.", 1115)]
    [TestCase("The trial enrolled (n = 1,115) adults.", 1115)]
    [TestCase("Rates differed, χ2(1, N = 1,115) = 4.3.", 1115)]
    [TestCase("A total of 2,345 (12%) stayed.", 2345)]
    public void A_comma_elsewhere_stays_a_thousands_separator(string text, double value) => Numbers(text).Should().Contain(value);

    // Cause 2: a one-sided declaration anywhere in the text admits the halved p, for CC2008 and CC2006 alike.
    [TestCase("One-tailed tests were used throughout. Later, the groups differed, t(28) = 2.20, p = .018.")]
    [TestCase("All tests were 1-tailed. Later, the groups differed, t(28) = 2.20, p = .018.")]
    [TestCase("Tests were one sided. Later, the groups differed, t(28) = 2.20, p = .018.")]
    [TestCase("The primary end point was met (one-sided p=0.029). Later, the groups differed, t(28) = 2.20, p = .018.")]
    public void A_declared_one_sided_test_anywhere_admits_the_halved_p(string text) => StatFindings(text).Should().BeEmpty();

    [Test]
    public void Without_a_declaration_the_halved_p_is_an_error_and_the_message_says_two_sided()
        => StatFindings("The groups differed, t(28) = 2.20, p = .018.").Should().ContainSingle(f => f.Id == "CC2008" && f.Message.Contains("two-sided", StringComparison.Ordinal));

    [Test]
    public void A_declaration_that_does_not_fit_says_both_readings_were_tried()
        => StatFindings("One-tailed tests were used. The groups differed, t(28) = 2.20, p = .002.").Should().ContainSingle(f => f.Message.Contains("one-sided", StringComparison.Ordinal));

    [TestCase("One-sided tests were used. Death was less frequent (HR 0.50, 95% CI 0.25 to 1.00, p = 0.025).", 0)]
    [TestCase("Death was less frequent (HR 0.50, 95% CI 0.25 to 1.00, p = 0.025).", 1)]
    public void The_interval_rule_reads_the_declaration_too(string text, int findings)
        => RuleTestKit.Findings(text, "CC2006").Should().HaveCount(findings);

    [TestCase("Our hypotheses were directional. Later, the groups differed, t(28) = 2.20, p = .018.", 0)]
    [TestCase("The groups differed, t(28) = 2.20, p = .018, directional.", 0)]
    [TestCase("We coded directional reflections. Later, the groups differed, t(28) = 2.20, p = .018.", 1)]
    [TestCase("The link was bidirectional. Later, the groups differed, t(28) = 2.20, p = .018.", 1)]
    public void A_bare_directional_counts_only_beside_the_result(string text, int findings) => StatFindings(text).Should().HaveCount(findings);

    // Cause 3: a truncated p is no longer admitted silently, and never where truncation flips the decision.
    [Test]
    public void A_truncation_that_flips_the_decision_is_a_decision_flip()
        => StatFindings("The groups differed, t(28) = 1.96, p = .05.").Should().ContainSingle(f => f.Id == "CC2009");

    [Test]
    public void A_p_that_fits_only_truncated_is_an_info_finding_that_says_so()
        => StatFindings("The groups differed, t(28) = 2.20, p = .03.").Should().ContainSingle(f => f.Id == "CC2008" && f.Severity == Severity.Info && f.Message.Contains("truncated", StringComparison.Ordinal));

    [TestCase("The groups differed, t(28) = 2.20, p = .036.")]
    [TestCase("The groups differed, t(28) = 2.20, p = .04.", Description = "rounded")]
    [TestCase("The groups differed, t(28) = 2.20, p = 0.0363.")]
    public void A_rounded_p_passes(string text) => StatFindings(text).Should().BeEmpty();

    // Cause 4: inequalities and words.
    [TestCase("There was no effect, F(2,52) < 1, p = .8.", Description = "F < 1 gives p > .37")]
    [TestCase("There was no effect, F(2, 52) < 1, p > .05.")]
    [TestCase("There was an effect, t(28) > 2.2, p < .05.")]
    [TestCase("There was no effect, t(28) = 1.20, ns.", Description = "p = .24 is not significant")]
    public void Bounds_and_words_that_fit_pass(string text) => StatFindings(text).Should().BeEmpty();

    [TestCase("There was an effect, F(2,52) < 1, p = .02.", "CC2009", Description = "F < 1 cannot give p = .02")]
    [TestCase("There was an effect, t(28) > 2.2, p = .08.", "CC2009")]
    [TestCase("There was no effect, t(28) = 2.20, ns.", "CC2009", Description = "ns is p > .05, but t(28) = 2.20 gives .036")]
    public void Bounds_and_words_that_do_not_fit_fire(string text, string id) => StatFindings(text).Should().ContainSingle(f => f.Id == id);

    [Test]
    public void A_statistic_bound_is_read_as_a_bound() => Statistic("There was no effect, F(2,52) < 1, p = .8.").Relation.Should().Be(RelationalOperator.Less);

    [TestCase("The effect was large, t(28) = 22.20, p < .000.", 1)]
    [TestCase("The effect was large, t(28) = 22.20, p < .001.", 0)]
    [TestCase("The effect was large, t(28) = 22.20, p < 0.0001.", 0)]
    public void P_below_zero_is_impossible(string text, int findings)
        => RuleTestKit.Findings(text, "CC2010").Should().HaveCount(findings);

    [Test]
    public void A_letter_l_for_the_first_df_is_read_as_1_and_noted()
    {
        var result = ClaimChecker.Check("There was an effect, F(l, 28) = 4.20, p = .05.");
        var claim = result.Extraction!.Claims.OfType<TestStatisticClaim>().Should().ContainSingle().Subject;
        claim.Df1!.Value.Value.Should().Be(1);
        result.Findings.Should().ContainSingle(f => f.Id == "CC9004" && f.Message.Contains("'l'", StringComparison.Ordinal));
        result.Findings.Where(f => StatRules.Contains(f.Id)).Should().BeEmpty();
    }

    [TestCase("The dose was l, 28 mg in total.")]
    [TestCase("The effect (l, 28) was small.")]
    public void A_letter_l_elsewhere_stays_a_letter(string text) => ClaimChecker.Check(text).Findings.Should().NotContain(f => f.Id == "CC9004");

    [TestCase("The difference was significant, Z = −1.99, p = .047.")]
    [TestCase("The difference was significant, Z = − 1.99, p = .047.")]
    [TestCase("The difference was significant, Z = -1.99, p = .047.")]
    public void A_unicode_or_spaced_minus_signs_z(string text)
    {
        Statistic(text).Value.Value.Should().Be(-1.99);
        StatFindings(text).Should().BeEmpty();
    }

    [TestCase("The difference was significant, Z = −1.99, p = .02.")]
    [TestCase("The difference was significant, Z = − 1.99, p = .02.")]
    public void A_signed_z_is_still_checked(string text) => StatFindings(text).Should().ContainSingle(f => f.Id == "CC2008");

    // Cause 8: PubMed's flattened powers of ten in a p-value.
    [TestCase("The variant was associated (P = 10(-8)).", 1e-8)]
    [TestCase("The variant was associated (P < 5 × 10 −8).", 5e-8)]
    [TestCase("The variant was associated (P = 4 x 10(-8)).", 4e-8)]
    [TestCase("The variant was associated (P = 4 × 10−8).", 4e-8)]
    public void A_flattened_power_in_a_p_value_is_repaired_and_noted(string text, double p)
    {
        var result = ClaimChecker.Check(text);
        result.Extraction!.Claims.OfType<ITestedClaim>().Select(c => c.P?.Value?.Value).Should().ContainSingle().Which!.Value.Should().BeApproximately(p, p * 1e-9);
        result.Findings.Should().Contain(f => f.Id == "CC9004");
        result.Findings.Should().NotContain(f => f.Id == "CC2010");
    }

    [TestCase("The variant was associated (P = 0.10 (-8 to 4)).", 0.10)]
    [TestCase("The variant was associated (P = 0.04), 10 -8 years later.", 0.04)]
    public void A_p_value_that_only_looks_flattened_is_read_as_printed(string text, double p)
        => ClaimChecker.Check(text).Extraction!.Claims.OfType<ITestedClaim>().Select(c => c.P?.Value?.Value).Should().Contain(p);

    private static List<double> Numbers(string text)
    {
        var tokens = new TokenBuffer();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        var values = new List<double>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Number)
            {
                values.Add(tokens[i].Value);
            }
        }

        return values;
    }
}
