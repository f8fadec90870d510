using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// Pathological inputs stay linear: no rescans from every position. Each input is about a megabyte; a
/// quadratic pass would take hours, a linear one seconds. The test guards against the hang only (the
/// generous <see cref="Robustness.Guard.HangBound"/>, never a speed figure: speed is measured in bench/).
/// </summary>
[TestFixture]
public sealed class LinearTimeTests
{
    private static IEnumerable<TestCaseData> Inputs()
    {
        yield return new TestCaseData("p = " + new string('7', 1_000_000)).SetName("One number of a million digits");
        yield return new TestCaseData(new string('(', 100_000) + "23 (46.9%)" + new string(')', 100_000)).SetName("100,000 opening brackets");
        yield return new TestCaseData(Repeat("1/2 ", 250_000)).SetName("A sentence of 250,000 fractions");
        yield return new TestCaseData(Repeat("95% CI ", 150_000)).SetName("A sentence of 150,000 interval labels");
        yield return new TestCaseData(Repeat("OR = 1.2, ", 100_000)).SetName("A sentence of 100,000 odds ratios");
        yield return new TestCaseData(Repeat("no significant ", 70_000)).SetName("A sentence of 70,000 negated wordings");
        yield return new TestCaseData(Repeat("1,000,", 170_000)).SetName("A run of thousands separators");
        yield return new TestCaseData(Repeat("12 vs ", 170_000)).SetName("A chain of 170,000 comparisons");
    }

    [TestCaseSource(nameof(Inputs))]
    public void Finishes_in_linear_time(string text)
    {
        var result = Robustness.Guard.Run(() => ClaimExtractor.ExtractFromText(text));

        result.Claims.Where(c => c.Text != text.Substring(c.Span.Start, c.Span.Length)).Should().BeEmpty();
    }

    [Test]
    public void Keeps_a_million_digit_number_as_printed()
    {
        string digits = new('7', 1_000_000);

        var p = ClaimExtractor.ExtractFromText("p = " + digits).Claims.OfType<PValueClaim>().Single().P;

        p.ValueText.Should().Be(digits);
        double.IsPositiveInfinity(p.Value!.Value.Value).Should().BeTrue();
    }

    private static string Repeat(string s, int times) => string.Concat(Enumerable.Repeat(s, times));
}
