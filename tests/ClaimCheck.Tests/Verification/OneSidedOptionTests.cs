using ClaimCheck.Verification;

namespace ClaimCheck.Tests.Verification;

/// <summary><see cref="VerifierOptions.AssumeOneSidedTests"/>: one-sided readings for tests the text does not declare.</summary>
public sealed class OneSidedOptionTests
{
    // t(28) = 1.80: p = .083 two-sided, .041 one-sided.
    private const string OneSidedFit = "Results: pain fell more with the drug, t(28) = 1.80, p = .04.\n";

    [Test]
    public void By_default_a_p_that_fits_only_one_sided_is_a_decision_error_read_two_sided()
    {
        var findings = ClaimChecker.Check(OneSidedFit).Findings;

        findings.Should().ContainSingle(f => f.Id == "CC2009").Which.Message.Should().Contain("two-sided");
    }

    [Test]
    public void Assumed_one_sided_tests_accept_it_and_the_text_s_own_declaration_does_too()
    {
        var pipeline = new ClaimPipelineBuilder().UseDefaultRules().WithOptions(VerifierOptions.Default with { AssumeOneSidedTests = true }).Build();
        var declared = ClaimChecker.Check("Methods: one-tailed tests were used.\n\n" + OneSidedFit);

        pipeline.Check(OneSidedFit, null).Findings.Should().NotContain(f => f.Id == "CC2008" || f.Id == "CC2009");
        declared.Findings.Should().NotContain(f => f.Id == "CC2008" || f.Id == "CC2009");
    }

    [Test]
    public void A_p_that_fits_neither_reading_is_still_reported_saying_both_were_tried()
    {
        var pipeline = new ClaimPipelineBuilder().UseDefaultRules().WithOptions(VerifierOptions.Default with { AssumeOneSidedTests = true }).Build();

        var finding = pipeline.Check("Results: t(28) = 1.80, p = .002.\n", null).Findings.Single(f => f.Id is "CC2008" or "CC2009");

        finding.Message.Should().Contain("one-sided as the options assume one-sided tests");
    }
}
