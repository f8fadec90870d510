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

    [TestCase("Dropout rates were significantly higher for participants assigned to MoodGYM (74%) compared with IPT (67%; P = .03).",
        "interpersonal psychotherapy (IPT)", "active control treatment (MoodGYM)", SignificanceDirection.SignificantlyDecreased)]
    [TestCase("Dropout rates were significantly higher for participants assigned to MoodGYM (74%) compared with IPT (67%; P = .03).",
        "active control treatment (MoodGYM)", "interpersonal psychotherapy (IPT)", SignificanceDirection.SignificantlyIncreased)]
    [TestCase("Pain scores were significantly lower with ketamine than with morphine (p < 0.001).",
        "ketamine 0.5 mg/kg", "morphine 0.1 mg/kg", SignificanceDirection.SignificantlyDecreased)]
    [TestCase("Pain scores were significantly lower with ketamine than with morphine (p < 0.001).",
        "morphine 0.1 mg/kg", "ketamine 0.5 mg/kg", SignificanceDirection.SignificantlyIncreased)]
    public void The_direction_is_relative_to_the_question_s_arms(string statement, string intervention, string comparator, SignificanceDirection expected)
        => SignificanceClassifier.Classify(new SignificanceQuestion(statement, intervention, comparator, "the outcome")).Should().Be(expected);

    [Test]
    public void A_question_without_arms_is_read_as_the_statement_alone()
    {
        const string statement = "Exercise significantly increased walking distance compared with usual care (p = 0.002).";

        SignificanceClassifier.Classify(new SignificanceQuestion(statement, null, "usual care", null))
            .Should().Be(SignificanceClassifier.Classify(statement));
    }

    [Test]
    public void A_null_question_or_statement_is_rejected()
    {
        FluentActions.Invoking(() => SignificanceClassifier.Classify((SignificanceQuestion)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SignificanceClassifier.Classify(new SignificanceQuestion(null!, "a", "b", null))).Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Null_is_rejected()
        => FluentActions.Invoking(() => SignificanceClassifier.Classify((string)null!)).Should().Throw<ArgumentNullException>();

    [Test]
    public void An_empty_statement_still_gets_a_direction()
        => Enum.IsDefined(SignificanceClassifier.Classify("")).Should().BeTrue();
}
