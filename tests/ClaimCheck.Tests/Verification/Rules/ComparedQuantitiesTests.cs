using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Statistics;
using ClaimCheck.Verification.Comparison;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>
/// The table of what is compared with what (CC4001): like with like, and the derivation through which a relative change
/// ("25% more likely") will meet the ratio it comes from once relative changes are extracted.
/// </summary>
public sealed class ComparedQuantitiesTests
{
    private static Claim Single(string text) => ClaimExtractor.ExtractFromText(text).Claims.Single();

    private static ReportedNumber Percent(string text) => ((ProportionClaim)Single($"Pain fell in {text} of the patients.")).Percent!.Value;

    [Test]
    public void A_rate_ratio_offers_the_relative_change_it_stands_for()
    {
        // The example: "27% more likely" against "25% more likely (adjusted IRR 1.25, 95% CI 1.19–1.31)".
        var irr = Single("Users were more likely to be admitted (adjusted IRR 1.25, 95% CI 1.19–1.31).");

        var change = ComparedQuantities.Offered(irr).Should().ContainSingle(q => q.Key.Kind == QuantityKind.RelativeChange).Subject;

        change.Range.Lower.Should().BeApproximately(24.5, 1e-9);
        change.Range.Upper.Should().BeApproximately(25.5, 1e-9);
        change.Range.Overlaps(Printed.Range(Percent("25%"))).Should().BeTrue();
        change.Range.Overlaps(Printed.Range(Percent("27%"))).Should().BeFalse("27% more likely misstates an IRR of 1.25");
    }

    [Test]
    public void A_risk_ratio_below_one_is_a_reduction()
    {
        var rr = Single("Death was less frequent with the drug (RR 0.56, 95% CI 0.40–0.78).");

        var change = ComparedQuantities.Offered(rr).Single(q => q.Key.Kind == QuantityKind.RelativeChange);

        change.Range.Overlaps(new Interval(-44, -44)).Should().BeTrue("RR 0.56 is a 44% reduction");
        ComparedQuantities.Offered(Single("Death was less frequent (RD −0.05, 95% CI −0.09 to −0.01).")).Should().NotContain(q => q.Key.Kind == QuantityKind.RelativeChange);
    }

    [Test]
    public void Counts_percents_and_ratio_measures_have_their_own_keys()
    {
        var proportion = Single("Normal CT was seen in 46.9% (23/49) of the MSC group.");

        ComparedQuantities.StatedBy(proportion)!.Key.Should().Be(new QuantityKey(QuantityKind.Percent));
        ComparedQuantities.Offered(proportion).Select(q => (q.Key.Kind, q.Number.Text)).Should()
            .BeEquivalentTo([(QuantityKind.Percent, "46.9"), (QuantityKind.Count, "23"), (QuantityKind.Count, "49")]);
        ComparedQuantities.StatedBy(Single("Death was rarer with the drug (HR 0.74, 95% CI 0.60–0.91)."))!.Key
            .Should().NotBe(ComparedQuantities.StatedBy(Single("Death was rarer with the drug (OR 0.74, 95% CI 0.60–0.91)."))!.Key);
    }

    [Test]
    public void A_fraction_in_words_meets_the_percents_it_rounds()
    {
        // "half of the patients" in a summary for 46.9% in its source is no misquote; for 30% it is.
        var half = ComparedQuantities.StatedBy(Single("Pain fell in half of the patients."))!;

        half.Key.Should().Be(new QuantityKey(QuantityKind.Percent));
        half.Range.Overlaps(Printed.Range(Percent("46.9%"))).Should().BeTrue();
        half.Range.Overlaps(Printed.Range(Percent("54%"))).Should().BeTrue();
        half.Range.Overlaps(Printed.Range(Percent("30%"))).Should().BeFalse();
        half.Range.Overlaps(Printed.Range(Percent("60%"))).Should().BeFalse();
    }

    [Test]
    public void Every_kind_the_summary_states_is_in_the_table()
        => ComparedQuantities.Stated.Keys.Should().BeEquivalentTo([ClaimKind.Proportion, ClaimKind.Count, ClaimKind.RatioEstimate, ClaimKind.DifferenceEstimate, ClaimKind.IntervalEstimate, ClaimKind.PValue]);
}
