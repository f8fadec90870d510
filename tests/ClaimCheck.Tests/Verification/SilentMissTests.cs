namespace ClaimCheck.Tests.Verification;

/// <summary>
/// Issue 12, cause 11: kinds of text a rule passed over in silence. Each row is a constructed text, the rule, and
/// whether it fires; each kind has its innocent look-alikes beside it.
/// </summary>
public sealed class SilentMissTests
{
    // CC1004 reads the Events cue at word starts: "Seventy" and "prevention" are not "event".
    [TestCase("Seventy patients were randomised to drug (n = 36) or placebo (n = 33).", "CC1004", true)]
    [TestCase("Seventy patients in the prevention trial were randomised to drug (n = 36) or placebo (n = 33).", "CC1004", true)]
    [TestCase("Seventy patients were randomised to drug (n = 36) or placebo (n = 34).", "CC1004", false)]
    [TestCase("Seventy events occurred: drug (n = 36) or placebo (n = 33).", "CC1004", false, TestName = "Counted events are not people allocated")]
    // CC1006 reads the n of "47.50% of 49 patients".
    [TestCase("Response occurred in 47.50% of 49 patients.", "CC1006", true)]
    [TestCase("Response occurred in 46.94% of 49 patients.", "CC1006", false)]
    [TestCase("Response occurred in 47.50% of patients (n = 49).", "CC1006", false, TestName = "The n after 'of patients' is the count")]
    // Risk-difference intervals: a difference of two proportions is their risk difference when its value is theirs.
    [TestCase("Mortality was 20/100 (20%) in the drug group and 10/100 (10%) in the placebo group (absolute difference 10%, 95% CI 5% to 30%).", "CC2005", true)]
    [TestCase("Mortality was 20/100 (20%) in the drug group and 10/100 (10%) in the placebo group (difference 10 percentage points, 95% CI 5 to 30).", "CC2005", true)]
    [TestCase("Mortality was 20/100 (20%) in the drug group and 10/100 (10%) in the placebo group (absolute difference 10%, 95% CI 0.2% to 19.8%).", "CC2005", false)]
    [TestCase("Mortality was 20/100 (20%) in the drug group and 10/100 (10%) in the placebo group (difference in pain 4%, 95% CI 1% to 9%).", "CC2005", false,
        TestName = "A difference that is not the two proportions' is not their RD")]
    [TestCase("Mortality was 20/100 (20%) in the drug group and 10/100 (10%) in the placebo group (difference in pain 4%, 95% CI 1% to 9%).", "CC2004", false)]
    // CC1003 names the group however it is written.
    [TestCase("Response was 10/29 (34.5%) of the placebo group. Later, 10/28 (35.7%) in the placebo group relapsed.", "CC1003", true)]
    [TestCase("Response: placebo group 10/29 and drug group 20/49. Later, 10/28 (35.7%) in the placebo group relapsed.", "CC1003", true)]
    [TestCase("Response was seen in 10 of 29 placebo patients. Later, 10/28 (35.7%) in the placebo group relapsed.", "CC1003", true)]
    [TestCase("Response was seen in 10 of 29 placebo patients. Later, 10/29 (34.5%) in the placebo group relapsed.", "CC1003", false)]
    [TestCase("Response was seen in 10 of 29 female patients. Later, 10/28 (35.7%) in the female group relapsed.", "CC1003", false, TestName = "'female' names people, not an arm")]
    [TestCase("Anemia was seen more often in the drug group than in the placebo group: 10/29 (34.5%) versus 5/28 (17.9%). Later, 10/28 (35.7%) in the placebo group relapsed.", "CC1003", false,
        TestName = "After 'than in the placebo group:' the first numbers are the drug group's")]
    [TestCase("Compared with the placebo group, 10/29 (34.5%) responded. Later, 10/28 (35.7%) in the placebo group relapsed.", "CC1003", false, TestName = "A group named before a comma is not the count's")]
    // CC2007 reads "(67.0) than in the placebo group (50.0)".
    [TestCase("The score was higher in the drug group (67.0) than in the placebo group (50.0), a difference of 15.0 (95% CI 10.0 to 20.0).", "CC2007", true)]
    [TestCase("The score was higher in the drug group (67.0) than in the placebo group (50.0), a difference of 17.0 (95% CI 10.0 to 24.0).", "CC2007", false)]
    [TestCase("More than 50 (67.0%) patients improved, a difference of 15.0 (95% CI 10.0 to 20.0).", "CC2007", false, TestName = "A bare 'than' compares nothing")]
    public void Fires_on_the_kind_and_not_on_its_look_alikes(string text, string rule, bool fires)
        => RuleTestKit.Findings(text, rule).Should().HaveCount(fires ? 1 : 0);
}
