using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Runs every row of <see cref="RelativeChangeRows"/>: the marked spans, kinds and values must come out exactly.</summary>
[TestFixture]
public sealed class RelativeChangeFixtureTests
{
    private static IEnumerable<TestCaseData> Rows()
        => RelativeChangeRows.All.Select((row, i) => new TestCaseData(row.Input, row.Expected).SetName($"Relative change row {i + 1:000}"));

    [TestCaseSource(nameof(Rows))]
    public void Extracts_the_marked_claims(string marked, string expected)
    {
        var (text, spans) = ExpectedClaims.Unmark(marked);

        var claims = ClaimExtractor.ExtractFromText(text).Claims.ToList();

        ExpectedClaims.Check(text, claims, spans, expected);
    }
}
