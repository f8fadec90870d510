using ClaimCheck.Classification;

namespace ClaimCheck.Tests.Classification;

/// <summary>The significance model on hand-written statements.</summary>
public sealed class SignificanceClassifierTests
{
    [TestCase("Treatment significantly reduced mortality (p = 0.01).", SignificanceDirection.SignificantlyDecreased)]
    [TestCase("The incidence of hypoglycaemia was significantly lower with liraglutide than with placebo (2.1% vs 6.3%, p < 0.001).", SignificanceDirection.SignificantlyDecreased)]
    [TestCase("Exercise significantly increased walking distance compared with usual care (p = 0.002).", SignificanceDirection.SignificantlyIncreased)]
    [TestCase("Response rates were significantly higher in the intervention group than in the control group (64% vs 41%; P = 0.003).", SignificanceDirection.SignificantlyIncreased)]
    [TestCase("There was no significant difference between groups in length of stay (p = 0.42).", SignificanceDirection.NoSignificantDifference)]
    [TestCase("Quality of life scores did not differ significantly between the two arms.", SignificanceDirection.NoSignificantDifference)]
    public void Hand_written_statements(string statement, SignificanceDirection expected)
        => SignificanceClassifier.Classify(statement).Should().Be(expected);

    [Test]
    public void Null_is_rejected()
        => FluentActions.Invoking(() => SignificanceClassifier.Classify(null!)).Should().Throw<ArgumentNullException>();

    [Test]
    public void An_empty_statement_still_gets_a_direction()
        => Enum.IsDefined(SignificanceClassifier.Classify("")).Should().BeTrue();
}
