using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;

namespace ClaimCheck.Tests.Linking;

/// <summary>Linking lends a group's stated size to the percentages of the same group in its block.</summary>
[TestFixture]
public sealed class GroupSizesTests
{
    [Test]
    public void Takes_a_groups_size_stated_elsewhere_in_the_block_as_the_total()
    {
        var linked = Link(
            "Patients received MSC (n = 65) or placebo (n = 35).\n" +
            "Normal CT was seen in 23 (35.4%) in the MSC group and 10 (28.6%) in the placebo group.");

        var proportions = linked.Extraction.Claims.OfType<ProportionClaim>().ToList();

        proportions.Should().HaveCount(2);
        proportions[0].GroupLabel.Should().Be("MSC group");
        proportions[0].Total!.Value.Text.Should().Be("65");
        proportions[0].TotalFromContext.Should().BeTrue();
        proportions[0].Span.Contains(proportions[0].Total!.Value.Span).Should().BeFalse("the total was printed in another sentence");
        proportions[1].Total!.Value.Text.Should().Be("35");
    }

    [Test]
    public void Leaves_the_total_open_when_the_group_has_two_sizes()
    {
        var linked = Link(
            "We recruited placebo (n = 36) and treated placebo (n = 35).\n" +
            "Normal CT was seen in 10 (28.6%) in the placebo group.");

        var proportion = linked.Extraction.Claims.OfType<ProportionClaim>().Single();

        proportion.Total.Should().BeNull();
        proportion.TotalFromContext.Should().BeFalse();
    }

    [TestCase("The MSC group (n = 65) … 23 (35.4%) in the MSC group.", "65", TestName = "Same label with and without \"the\"")]
    [TestCase("MSC arm (n = 65) … 23 (35.4%) in the MSC group.", "65", TestName = "Arm and group name one key")]
    [TestCase("MSC infusion (n = 65) … 23 (35.4%) in the MSC group.", null, TestName = "A looser label lends no size")]
    [TestCase("placebo group (n = 35) … 23 (35.4%) in the MSC group.", null, TestName = "Another group lends no size")]
    public void Lends_a_size_only_under_the_same_size_key(string text, string? total)
    {
        var proportion = Link(text).Extraction.Claims.OfType<ProportionClaim>().Single();

        (proportion.Total?.Text).Should().Be(total);
        proportion.TotalFromContext.Should().Be(total is not null);
    }

    private static ClaimLinks Link(string text) => Linker.Link(ClaimExtractor.ExtractFromText(text));
}
