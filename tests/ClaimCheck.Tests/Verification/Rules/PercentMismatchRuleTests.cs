namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC1001: a percentage outside the rounding interval of its own k/n.</summary>
public sealed class PercentMismatchRuleTests
{
    [TestCase("In the treated group 46.94% (23/48) improved.", "23/48 = 47.9167%")]
    [TestCase("Mortality was 12 of 40 (35.0%) with the drug.", "12/40 = 30.000%")]
    [TestCase("Nausea occurred in 10/56 (19.6%) patients.", "10/56 = 17.857%")]
    public void Fires_when_the_percentage_is_not_k_over_n(string text, string computed)
        => RuleTestKit.Findings(text, "CC1001").Should().ContainSingle().Which.Message.Should().Contain(computed);

    [TestCase("In the treated group 46.94% (23/49) improved.")]
    [TestCase("Normal CT was seen in 17.9% (10/56) of patients.")]
    [TestCase("One of eight, 1/8 (13%), relapsed.", Description = "12.5% rounds half-up to 13%")]
    [TestCase("One of eight, 1/8 (12%), relapsed.", Description = "and half-down to 12%")]
    [TestCase("Response was 15/50 (30·0%) in the active arm.", Description = "middle-dot decimal")]
    [TestCase("Blood pressure fell from 120/80 mmHg at baseline.", Description = "not a proportion")]
    public void Innocent_look_alikes_do_not_fire(string text) => RuleTestKit.Findings(text, "CC1001").Should().BeEmpty();

    [Test]
    public void The_message_names_the_interval_the_printed_value_stands_for()
        => RuleTestKit.Findings("Of these, 46.94% (23/48) improved.", "CC1001").Single().Message.Should().Contain("[46.935, 46.945]");
}
