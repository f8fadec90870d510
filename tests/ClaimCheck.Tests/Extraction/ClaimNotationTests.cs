using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

/// <summary>The canonical text form of a claim (<c>Claim.ToString()</c>), the notation the fixture rows are written in.</summary>
[TestFixture]
public sealed class ClaimNotationTests
{
    [TestCase("in 46.94% (23/49) in the MSC group", "Proportion k=23 n=49 pct=46.94% label=MSC_group")]
    [TestCase("Mortality was lower (OR 0.52, 95% CI 0.31–0.88; p = 0.01).", "Ratio m=OR name=OR est=0.52 level=95% lo=0.31 hi=0.88 p=0.01")]
    [TestCase("Scores differed (t(28) = 2.20, p < .05).", "Stat stat=t df=28 value=2.20 p<.05")]
    [TestCase("Age was 54.2 ± 8.1 years.", "MeanSd mean=54.2 sd=8.1 unit=years")]
    public void Writes_the_kind_and_its_fields(string text, string expected)
        => ClaimExtractor.ExtractFromText(text).Claims.Select(c => c.ToString()).Should().Contain(expected);

    /// <summary>Every claim of every fixture row, written in the notation, is read back as the same claim by the fixture's checker.</summary>
    [Test]
    public void Round_trips_through_the_fixture_checker()
    {
        int checkedClaims = 0;
        foreach (var (marked, _) in NotationRows.All)
        {
            var (text, _) = ExpectedClaims.Unmark(marked);
            var claims = ClaimExtractor.ExtractFromText(text).Claims.ToList();
            var spans = claims.Select(c => c.Span).ToList();

            ExpectedClaims.Check(text, claims, spans, string.Join(" ; ", claims.Select(c => c.ToString())));
            checkedClaims += claims.Count;
        }

        checkedClaims.Should().BeGreaterThan(300);
    }

    [Test]
    public void A_changed_field_fails_the_fixture_checker()
    {
        const string text = "in 46.94% (23/49) in the MSC group";
        var claims = ClaimExtractor.ExtractFromText(text).Claims.ToList();

        FluentActions.Invoking(() => ExpectedClaims.Check(text, claims, [claims[0].Span], "Proportion k=23 n=48"))
            .Should().Throw<Exception>();
    }
}
