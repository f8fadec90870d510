using ClaimCheck.Train;

namespace ClaimCheck.Tests.Training;

/// <summary>
/// The significance-direction experiment's validation statements, rebuilt from the shared Evidence Inference data by
/// the training tool's own preparation code, are the ones docs/accuracy.md describes: as many as the tool recorded
/// (docs/accuracy/expected-metrics.json), with the label counts of the confusion matrices' rows and the arm mentions
/// counted there. The model itself is measured by re-running the tool (its figures are not re-measured here, since
/// training takes minutes).
/// </summary>
public sealed class SignificanceValidationTests
{
    [Test]
    public void The_rebuilt_validation_statements_are_those_the_tool_measured()
    {
        var statements = Classification.ValidationSets.SignificanceStatements();

        statements.Should().HaveCount(Classification.ValidationSets.Metrics.Significance.Statements);
        statements.Count(s => s.Label == SignificanceDirection.NoSignificantDifference).Should().Be(146);
        statements.Count(s => s.Label == SignificanceDirection.SignificantlyIncreased).Should().Be(102);
        statements.Count(s => s.Label == SignificanceDirection.SignificantlyDecreased).Should().Be(90);
    }

    [Test]
    public void The_arm_mentions_of_the_validation_statements_are_as_documented()
    {
        var found = Classification.ValidationSets.SignificanceStatements()
            .Select(s => ArmMentions.Replace(s.Text, s.Intervention, s.Comparator, s.Outcome).Found)
            .ToList();

        found.Count(f => f == (ArmMentions.Found.Intervention | ArmMentions.Found.Comparator)).Should().Be(140);
        found.Count(f => f == ArmMentions.Found.Intervention).Should().Be(70);
        found.Count(f => f == ArmMentions.Found.Comparator).Should().Be(18);
        found.Count(f => f == ArmMentions.Found.None).Should().Be(110);
    }
}
