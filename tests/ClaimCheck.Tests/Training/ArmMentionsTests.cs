using ClaimCheck.Train;

namespace ClaimCheck.Tests.Training;

/// <summary>How the significance-direction experiment (tools/ClaimCheck.Train) finds the question's arms in a statement.</summary>
public sealed class ArmMentionsTests
{
    [Test]
    public void Shortened_names_are_found_by_the_words_only_one_arm_has()
    {
        var (text, found) = ArmMentions.Replace(
            "The incidence was lower with liraglutide than with rosiglitazone.", "Liraglutide (1.2 mg) plus glimepiride", "Rosiglitazone plus glimepiride", "incidence");

        text.Should().Be("The incidence was lower with  xintervention  than with  xcomparator .");
        found.Should().Be(ArmMentions.Found.Intervention | ArmMentions.Found.Comparator);
    }

    [Test]
    public void Group_numbers_match_only_after_group()
    {
        var (text, _) = ArmMentions.Replace(
            "Time to remission was longer in Group 1 (86.07 days) than in Group 2 (47.45 days).", "intravenous cyclophosphamide - Group 1", "oral cyclophosphamide - Group 2", "time to remission");

        text.Should().Contain("Group  xintervention").And.Contain("Group  xcomparator").And.Contain("86.07").And.Contain("47.45");
    }

    [Test]
    public void Generic_comparator_words_stand_for_an_unnamed_comparator()
        => ArmMentions.Replace("Ketamine reduced pain compared with placebo.", "ketamine", "saline injection", "pain").Found
            .Should().Be(ArmMentions.Found.Intervention | ArmMentions.Found.Comparator);

    [Test]
    public void Words_the_outcome_shares_with_an_arm_are_not_a_mention()
        => ArmMentions.Replace("Sleep disturbance was lower with MBB than with SHE.", "Mind-Body Bridging (MBB)", "sleep hygiene education (SHE)", "sleep disturbance").Text
            .Should().StartWith("Sleep disturbance");

    [Test]
    public void Without_both_arms_the_statement_is_unchanged()
        => ArmMentions.Replace("Mortality was lower.", null, "placebo", null).Should().Be(("Mortality was lower.", ArmMentions.Found.None));
}
