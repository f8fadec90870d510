using ClaimCheck.Statistics;

namespace ClaimCheck.Tests.Statistics;

/// <summary>
/// The statistics stage against values worked out by hand or taken from standard tables
/// (critical values of z, t, F and χ² at α = 0.05).
/// </summary>
public sealed class StatisticsTests
{
    [TestCase(1.959964, 0.05)]
    [TestCase(2.575829, 0.01)]
    [TestCase(0.0, 1.0)]
    public void Normal_p_at_critical_values(double z, double p) => PValues.FromZ(z).Should().BeApproximately(p, 1e-6);

    [TestCase(2.228139, 10, 0.05)]
    [TestCase(2.048407, 28, 0.05)]
    [TestCase(12.706205, 1, 0.05)]
    public void Student_t_two_sided_p_at_critical_values(double t, double df, double p) => PValues.FromT(t, df).Should().BeApproximately(p, 1e-6);

    [TestCase(3.340386, 2, 28, 0.05)]
    [TestCase(4.964603, 1, 10, 0.05)]
    public void F_upper_tail_at_critical_values(double f, double df1, double df2, double p) => PValues.FromF(f, df1, df2).Should().BeApproximately(p, 1e-6);

    [TestCase(3.841459, 1, 0.05)]
    [TestCase(5.991465, 2, 0.05)]
    public void Chi_square_upper_tail_at_critical_values(double x, double df, double p) => PValues.FromChiSquare(x, df).Should().BeApproximately(p, 1e-6);

    [Test]
    public void F_with_one_numerator_df_is_t_squared() => PValues.FromF(2.2 * 2.2, 1, 28).Should().BeApproximately(PValues.FromT(2.2, 28), 1e-12);

    [Test]
    public void Correlation_p_goes_through_t()
        // r = .22 with df 28: t = .22·√(28 / (1 − .0484)) = 1.1934…
        => PValues.FromR(0.22, 28).Should().BeApproximately(PValues.FromT(0.22 * Math.Sqrt(28 / (1 - 0.0484)), 28), 1e-12);

    [Test]
    public void Printed_values_stand_for_their_rounding_interval()
    {
        Rounding.Around(46.94, 2).Lower.Should().BeApproximately(46.935, 1e-12);
        Rounding.Around(46.94, 2).Upper.Should().BeApproximately(46.945, 1e-12);
        Rounding.Around(2, 0).Should().Be(new Interval(1.5, 2.5));
        // 1/8 = 12.5% prints as 13% half-up and 12% half-down: both readings are allowed.
        Rounding.Reproduces(12.5, 13, 0).Should().BeTrue();
        Rounding.Reproduces(12.5, 12, 0).Should().BeTrue();
        Rounding.Reproduces(12.51, 12, 0).Should().BeFalse();
    }

    [Test]
    public void Seed000_lung_CT_odds_ratio_and_Woolf_interval()
    {
        // 23/49 in the MSC group vs 10/29 on placebo: OR = 23·19 / (26·10) = 437/260 = 1.6808;
        // Woolf: SE = √(1/23 + 1/26 + 1/10 + 1/19) = 0.48433, so exp(0.51929 ± 1.95996·0.48433) = 0.6505 … 4.3429.
        var table = new TwoByTwoTable(23, 49, 10, 29);

        table.OddsRatio.Should().BeApproximately(1.6808, 1e-4);
        var ci = table.ConfidenceInterval(IntervalMethod.Woolf)!.Value;
        ci.Lower.Should().BeApproximately(0.6505, 1e-4);
        ci.Upper.Should().BeApproximately(4.3429, 1e-3);
        Rounding.Reproduces(ci.Lower, 0.65, 2).Should().BeTrue();
        Rounding.Reproduces(ci.Upper, 4.34, 2).Should().BeTrue();
    }

    [Test]
    public void Seed000_reinfection_odds_ratio_and_Woolf_interval()
    {
        // 26/49 vs 19/28: OR = 26·9 / (23·19) = 234/437 = 0.53547; SE = √(1/26 + 1/23 + 1/19 + 1/9) = 0.49566,
        // so exp(−0.62463 ± 0.97149) = 0.2027 … 1.4146, printed 0.20–1.41.
        var table = new TwoByTwoTable(26, 49, 19, 28);

        table.OddsRatio.Should().BeApproximately(0.53547, 1e-5);
        var ci = table.ConfidenceInterval(IntervalMethod.Woolf)!.Value;
        ci.Lower.Should().BeApproximately(0.2027, 1e-4);
        ci.Upper.Should().BeApproximately(1.4146, 1e-4);
    }

    [Test]
    public void Risk_ratio_difference_and_their_intervals()
    {
        // 10/20 vs 5/20: RR = 2, RD = 0.25; Katz: SE = √(1/10 − 1/20 + 1/5 − 1/20) = √0.2 = 0.44721,
        // so exp(ln 2 ± 0.87652) = 0.8325 … 4.8051; Wald: SE = √(.25/20 + .1875/20) = 0.14790, 0.25 ± 0.28988.
        var table = new TwoByTwoTable(10, 20, 5, 20);

        table.RiskRatio.Should().Be(2);
        table.RiskDifference.Should().Be(0.25);
        table.ConfidenceInterval(IntervalMethod.KatzLog)!.Value.Lower.Should().BeApproximately(0.8325, 1e-4);
        table.ConfidenceInterval(IntervalMethod.KatzLog)!.Value.Upper.Should().BeApproximately(4.8051, 1e-4);
        table.ConfidenceInterval(IntervalMethod.Wald)!.Value.Lower.Should().BeApproximately(-0.03988, 1e-4);
    }

    [Test]
    public void Newcombe_interval_for_a_difference_in_proportions()
    {
        // Newcombe (1998), Table II, example (a): 56/70 vs 48/80, RD = 0.2, hybrid score 95% CI 0.0524 to 0.3339.
        var ci = new TwoByTwoTable(56, 70, 48, 80).ConfidenceInterval(IntervalMethod.Newcombe)!.Value;

        ci.Lower.Should().BeApproximately(0.0524, 1e-4);
        ci.Upper.Should().BeApproximately(0.3339, 1e-4);
    }

    [Test]
    public void Exact_interval_is_wider_than_mid_p_and_open_at_a_zero_cell()
    {
        var table = new TwoByTwoTable(23, 49, 10, 29);
        var exact = table.ConfidenceInterval(IntervalMethod.Exact)!.Value;
        var midP = table.ConfidenceInterval(IntervalMethod.MidP)!.Value;

        exact.Lower.Should().BeLessThan(midP.Lower);
        exact.Upper.Should().BeGreaterThan(midP.Upper);
        exact.Contains(table.OddsRatio).Should().BeTrue();
        new TwoByTwoTable(10, 56, 0, 30).ConfidenceInterval(IntervalMethod.Exact)!.Value.Upper.Should().Be(double.PositiveInfinity);
        new TwoByTwoTable(10, 56, 0, 30).ConfidenceInterval(IntervalMethod.Woolf).Should().BeNull("a log interval needs every cell above zero");
    }

    [Test]
    public void Altman_Bland_range_for_a_difference_covers_its_rounding_box()
    {
        // −10.8 (95% CI −20.7 to −1.5): SE = 19.2 / 3.92 = 4.898, z = 2.205, p = 0.0275 at the printed values;
        // over the rounding box z runs from 10.75/(19.3/3.92) = 2.183 to 10.85/(19.1/3.92) = 2.227.
        var range = AltmanBland.ForDifference(Rounding.Around(-10.8, 1), Rounding.Around(-20.7, 1), Rounding.Around(-1.5, 1))!.Value;

        range.Lower.Should().BeApproximately(PValues.FromZ(2.2268), 2e-4);
        range.Upper.Should().BeApproximately(PValues.FromZ(2.1832), 2e-4);
        range.Contains(0.0275).Should().BeTrue();
    }

    [Test]
    public void Altman_Bland_on_the_log_scale_for_a_ratio()
    {
        // OR 1.68 (0.65–4.34): ln-scale SE = (ln 4.34 − ln 0.65) / 3.92 = 0.48436, z = ln 1.68 / SE = 1.0711, p = 0.284.
        var range = AltmanBland.ForRatio(Rounding.Around(1.68, 2), Rounding.Around(0.65, 2), Rounding.Around(4.34, 2))!.Value;

        range.Contains(0.284).Should().BeTrue();
        range.Lower.Should().BeGreaterThan(0.26);
        range.Upper.Should().BeLessThan(0.31);
        AltmanBland.ForRatio(Rounding.Around(1.2, 1), Rounding.Around(0, 1), Rounding.Around(2.7, 1)).Should().BeNull("a ratio bound printed as 0.0 has no log");
    }
}
