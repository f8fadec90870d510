namespace ClaimCheck.Tests.Verification.Statcheck;

/// <summary>
/// statcheck's own test expectations (statcheck-expectations.tsv) as a regression guard: every compared row
/// that agrees today keeps agreeing, and the known disagreements (StatcheckKnownDisagreements, with their
/// causes) still differ until they are fixed and removed. The measurement itself is
/// <c>dotnet run --project tools/ClaimCheck.Measure -- statcheck-expectations</c> (docs/accuracy/statcheck-parity.md).
/// </summary>
[TestFixture]
public class StatcheckExpectationTests
{
    private static readonly Lazy<IReadOnlyList<StatcheckOutcome>> Outcomes = new(() =>
        StatcheckExpectations.Load(Path.Combine(Corpus.RepositoryRoot, StatcheckExpectations.RelativePath))
            .Select(StatcheckComparison.Compare)
            .ToList());

    [Test]
    public void The_table_holds_statchecks_expectations_and_most_rows_are_compared()
    {
        var rows = Outcomes.Value.Select(o => o.Row).ToList();

        rows.Should().HaveCountGreaterThan(300);
        rows.Select(r => r.Key).Should().OnlyHaveUniqueItems();
        rows.Should().OnlyContain(r => r.SourceFile.EndsWith(".R", StringComparison.Ordinal) && r.Input.Length > 0);
        rows.Should().Contain(r => r.Errors.Count == 1 && r.Errors[0]).And.Contain(r => r.Errors.Count == 1 && !r.Errors[0]);
        rows.Should().Contain(r => r.DecisionError == true).And.Contain(r => r.DecisionError == false);
        rows.Should().Contain(r => !r.Extracted);
        Outcomes.Value.Count(o => o.Comparable).Should().BeGreaterThan(250, "only options ClaimCheck cannot reproduce are left out");
    }

    [Test]
    public void Rows_that_agree_with_statcheck_keep_agreeing()
    {
        var regressions = Outcomes.Value
            .Where(o => o.Comparable && !o.Agrees && !StatcheckKnownDisagreements.Causes.ContainsKey(o.Row.Key))
            .Select(o => $"line {o.Row.Line}: `{o.Row.Input}` [{o.Row.Options}]: {string.Join("; ", o.Differences)}")
            .ToList();

        regressions.Should().BeEmpty("these rows agreed with statcheck when the table was written (fix the change, or record a cause in StatcheckKnownDisagreements)");
    }

    [Test]
    public void Known_disagreements_still_differ_and_are_removed_once_fixed()
    {
        var byKey = Outcomes.Value.ToDictionary(o => o.Row.Key, StringComparer.Ordinal);

        StatcheckKnownDisagreements.Causes.Keys.Where(k => !byKey.ContainsKey(k))
            .Should().BeEmpty("every known disagreement names a row of the table");
        StatcheckKnownDisagreements.Causes.Keys.Where(k => byKey.TryGetValue(k, out var o) && !o.Comparable)
            .Should().BeEmpty("a row that is not compared cannot disagree");
        StatcheckKnownDisagreements.Causes.Keys.Where(k => byKey.TryGetValue(k, out var o) && o.Agrees)
            .Should().BeEmpty("these rows agree with statcheck now: remove them from StatcheckKnownDisagreements");
    }

    [Test]
    public void The_comparison_notices_a_wrong_verdict_a_wrong_reading_and_a_missed_extraction()
    {
        // A row that states the opposite of statcheck's verdict must come out as a disagreement, or the guard cannot fail.
        var consistent = Row("t(28) = 2.20, p = .04", extracted: true, errors: [true]);
        var misread = Row("F(2, 28) = 2.20, p = .15", extracted: true, df2: 29);
        var missed = Row("No effect found.", extracted: true);

        StatcheckComparison.Compare(consistent).DiffersOn(StatcheckComparison.Error).Should().BeTrue();
        StatcheckComparison.Compare(misread).DiffersOn(StatcheckComparison.Reading).Should().BeTrue();
        StatcheckComparison.Compare(missed).DiffersOn(StatcheckComparison.Extraction).Should().BeTrue();
        StatcheckComparison.Compare(Row("t(28) = 2.20, p = .04", extracted: true, errors: [false])).Agrees.Should().BeTrue();
    }

    private static StatcheckExpectation Row(string input, bool extracted, bool[]? errors = null, double? df2 = null)
        => new(0, "synthetic.R", "synthetic", input, extracted, null, null, null, null, df2, null, [], errors ?? [], null, string.Empty, string.Empty);
}
