using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Tests.Verification;

namespace ClaimCheck.Tests.Linking;

/// <summary>
/// Issue 12, cause 7: kinds of text whose numbers were not tied together, or tied wrongly. Each row is a constructed
/// sentence and what must (or, for its innocent look-alikes, must not) follow: one proportion read from "38 (23%) of
/// 163" and "6/59 quitters (10.2%)"; the "(n = 17)" after "9.2% of patients" is the count, never the base; a number
/// after "SE" is a spread, never an interval's estimate; cluster wording makes a ratio adjusted; a ratio is tied to
/// two proportions only when the sentence has no other counted result; arms are told apart by all their words.
/// </summary>
public sealed class ProportionLinkingTests
{
    [TestCase("Relapse occurred in 38 (23%) of 163 patients.", "38/163 23%")]
    [TestCase("Relapse occurred in 38 (23%) of 163.", "38/163 23%")]
    [TestCase("Abstinence was reached by 6/59 quitters (10.2%).", "6/59 10.2%")]
    [TestCase("Events were 5 (10%) of 12 weeks.", "5/ 10%", TestName = "A duration after 'of' is no total")]
    [TestCase("The dose was 6/59 mg (10.2%).", "/ 10.2%", TestName = "A unit between a pair and a percentage: the percentage stands alone")]
    [TestCase("Response occurred in 47.50% of 49 patients.", "/49 47.50%")]
    [TestCase("Death occurred in 9.2% of patients (n = 17).", "/ 9.2%", TestName = "The n after 'of patients' is not the total")]
    public void Reads_one_proportion_from_its_count_total_and_percentage(string text, string expected)
    {
        var proportions = ClaimChecker.Check(text).Extraction!.Claims.OfType<ProportionClaim>()
            .Select(p => $"{p.Count?.Text}/{p.Total?.Text} {p.Percent?.Text}%".Replace(" %", string.Empty, StringComparison.Ordinal));

        proportions.Should().Equal(expected.Length == 0 ? [] : [expected]);
    }

    [TestCase("Relapse occurred in 38 (28%) of 163 patients.", "CC1001", true, TestName = "A mutated '38 (23%) of 163' is caught")]
    [TestCase("Abstinence was reached by 6/59 quitters (12.2%).", "CC1001", true, TestName = "A mutated '6/59 quitters (10.2%)' is caught")]
    [TestCase("Relapse occurred in 38 (23%) of 163 patients.", "CC1001", false)]
    [TestCase("Death occurred in 9.2% of patients (n = 17).", "CC1006", false)]
    [TestCase("The mean difference was 2.1 (SE 0.4; 95% CI 1.3 to 2.9).", "CC2001", false, TestName = "A number after SE is a spread, not the estimate")]
    [TestCase("The mean difference was 2.1 (standard error = 0.4, 95% CI 1.3 to 2.9).", "CC2001", false)]
    [TestCase("The mean difference was 0.4 (95% CI 1.3 to 2.9).", "CC2001", true, TestName = "An estimate outside its interval still fires")]
    [TestCase("Colectomy occurred in 29 (21%) of 135 vs 34 (25%) of 135; at 3 months: 39 (29%) vs 41 (30%); OR 1.35 (95% CI 0.8 to 2.2).", "CC2004", false,
        TestName = "A ratio in a sentence of several counted results is not tied to the first pair")]
    [TestCase("Colectomy occurred in 29 (21%) of 135 vs 34 (25%) of 135 (OR 1.35, 95% CI 0.8 to 2.2).", "CC2004", true)]
    [TestCase("Insulin resistance was seen in 25% of patients (low dose group: 5 out of 20 patients, high dose group: 4 out of 16 patients).", "CC1003", false,
        TestName = "The low and the high dose group are two arms")]
    [TestCase("Quitting was reported by 6.0% (14 of 232) of the tailored letters intervention group and 3.6% (10 of 224) of the brief advice intervention group.", "CC1003", false,
        TestName = "Two interventions are two arms")]
    public void Fires_only_on_the_linked_reading(string text, string rule, bool fires)
        => RuleTestKit.Findings(text, rule).Should().HaveCount(fires ? 1 : 0);

    [TestCase("Accounting for clustering, infection occurred in 20/100 (20%) vs 10/100 (10%) (OR 3.10, 95% CI 1.2 to 5.0).", true)]
    [TestCase("With generalised estimating equations, infection occurred in 20/100 (20%) vs 10/100 (10%) (OR 3.10, 95% CI 1.2 to 5.0).", true)]
    [TestCase("In this trial, infection occurred in 20/100 (20%) vs 10/100 (10%) (OR 3.10, 95% CI 1.2 to 5.0).", false, TestName = "No cluster wording: the crude OR must match")]
    public void A_ratio_that_accounts_for_clustering_is_adjusted(string text, bool adjusted)
        => RuleTestKit.Findings(text, "CC2004").Should().ContainSingle().Which.Message.Contains("the estimate is adjusted", StringComparison.Ordinal).Should().Be(adjusted);
}
