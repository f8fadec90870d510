using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Runs every row of <see cref="NotationRows"/>: the marked spans, kinds and values must come out exactly.</summary>
[TestFixture]
public sealed class NotationFixtureTests
{
    private static IEnumerable<TestCaseData> Rows()
        => NotationRows.All.Select((row, i) => new TestCaseData(row.Input, row.Expected).SetName($"Notation row {i + 1:000}"));

    [TestCaseSource(nameof(Rows))]
    public void Extracts_the_marked_claims(string marked, string expected)
    {
        var (text, spans) = ExpectedClaims.Unmark(marked);

        var claims = ClaimExtractor.ExtractFromText(text).Claims.ToList();

        ExpectedClaims.Check(text, claims, spans, expected);
    }

    [Test]
    public void The_fixture_has_at_least_150_rows()
        => NotationRows.All.Should().HaveCountGreaterThanOrEqualTo(150);
}
