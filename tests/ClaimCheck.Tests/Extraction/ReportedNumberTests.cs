using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Numbers keep their printed form: text, decimals (trailing zeros count), sign character, span, powers of ten.</summary>
[TestFixture]
public sealed class ReportedNumberTests
{
    private static ReportedNumber OnlyPValue(string text)
        => ClaimExtractor.ExtractFromText(text).Claims.OfType<PValueClaim>().Single().P.Value!.Value;

    [TestCase("(p = 2.20)", "2.20", 2)]
    [TestCase("(p = 2.2)", "2.2", 1)]
    [TestCase("(p = .03)", ".03", 2)]
    [TestCase("(p = 0.030)", "0.030", 3)]
    [TestCase("(p = 30·0)", "30·0", 1)]
    [TestCase("(p = 1,096)", "1,096", 0)]
    public void Keeps_the_printed_decimals(string text, string printed, int decimals)
    {
        var number = OnlyPValue(text);

        number.Text.Should().Be(printed);
        number.Decimals.Should().Be(decimals);
    }

    [TestCase("Half of the patients improved.", 50.0, 5.0)]
    [TestCase("Two-thirds of the patients improved.", 66.667, 6.667)]
    [TestCase("A quarter of the patients improved.", 25.0, 2.5)]
    [TestCase("Three quarters of the patients improved.", 75.0, 7.5)]
    public void A_fraction_in_words_is_a_round_figure_within_a_tenth_of_itself(string text, double percent, double halfUnit)
    {
        var share = ClaimExtractor.ExtractFromText(text).Claims.OfType<ProportionClaim>().Single().Percent!.Value;

        share.IsPercent.Should().BeTrue();
        share.IsRoundFigure.Should().BeTrue();
        share.Value.Should().BeApproximately(percent, 0.001);
        share.HalfUnit.Should().BeApproximately(halfUnit, 0.001);
    }

    [Test]
    public void A_percent_in_words_is_no_round_figure()
    {
        var share = ClaimExtractor.ExtractFromText("Sixty percent of the patients improved.").Claims.OfType<ProportionClaim>().Single().Percent!.Value;

        share.IsRoundFigure.Should().BeFalse();
        share.HalfUnit.Should().Be(0);
    }

    [TestCase("difference −2.1 (95% CI −3.0 to −1.2)", '\u2212')]
    [TestCase("difference -2.1 (95% CI -3.0 to -1.2)", '-')]
    [TestCase("difference –2.1 (95% CI –3.0 to –1.2)", '\u2013')]
    [TestCase("difference ‐2.1 (95% CI ‐3.0 to ‐1.2)", '\u2010')]
    public void Keeps_the_sign_character(string text, char sign)
    {
        var claim = ClaimExtractor.ExtractFromText(text).Claims.OfType<DifferenceEstimateClaim>().Single();

        claim.Estimate.Sign.Should().Be(sign);
        claim.Estimate.Value.Should().Be(-2.1);
        claim.Interval!.Lower.Sign.Should().Be(sign);
        claim.Interval.Upper.Value.Should().Be(-1.2);
    }

    [Test]
    public void Half_a_unit_of_the_last_printed_digit_is_the_rounding_interval()
    {
        OnlyPValue("(p = 2.20)").HalfUnit.Should().BeApproximately(0.005, 1e-12);
        OnlyPValue("(p = 12)").HalfUnit.Should().Be(0.5);
    }

    [Test]
    public void Reads_a_p_value_in_scientific_notation_whose_superscript_was_lost()
    {
        var number = OnlyPValue("Strongly associated (P = 1.2 × 10−5).");

        number.Text.Should().Be("1.2 × 10−5");
        number.Value.Should().BeApproximately(1.2e-5, 1e-18);
        number.Decimals.Should().Be(1);
        number.Exponent.Should().Be(-5);
        number.IsReconstructed.Should().BeTrue();
        number.HalfUnit.Should().BeApproximately(0.05e-5, 1e-18);
    }

    [TestCase("Associated (P = 3 × 10^-4).", "3 × 10^-4", -4)]
    [TestCase("Associated (P = 3 × 10⁻⁴).", "3 × 10⁻⁴", -4)]
    [TestCase("Associated (P = 3e-4).", "3e-4", -4)]
    public void Reads_intact_scientific_notation_as_not_reconstructed(string text, string printed, int exponent)
    {
        var number = OnlyPValue(text);

        number.Text.Should().Be(printed);
        number.Value.Should().BeApproximately(3e-4, 1e-15);
        number.Exponent.Should().Be(exponent);
        number.IsReconstructed.Should().BeFalse();
    }

    [Test]
    public void A_number_in_words_is_exact_and_marked()
    {
        var count = ClaimExtractor.ExtractFromText("Seventeen patients were included.").Claims.OfType<CountClaim>().Single().Count;

        count.Text.Should().Be("Seventeen");
        count.Value.Should().Be(17);
        count.IsInWords.Should().BeTrue();
        count.HalfUnit.Should().Be(0);
    }

    [Test]
    public void The_percent_sign_is_outside_the_number_span_but_recorded()
    {
        const string text = "Remission: 46.94% (23/49).";
        var claim = ClaimExtractor.ExtractFromText(text).Claims.OfType<ProportionClaim>().Single();

        text.Substring(claim.Percent!.Value.Span.Start, claim.Percent.Value.Span.Length).Should().Be("46.94");
        claim.Percent.Value.IsPercent.Should().BeTrue();
        claim.Percent.Value.ToString().Should().Be("46.94%");
        claim.Count!.Value.IsPercent.Should().BeFalse();
    }

    [Test]
    public void The_default_value_has_empty_text()
        => default(ReportedNumber).Text.Should().BeEmpty();
}
