using System.Globalization;
using ClaimCheck.Tests.Verification.Statcheck;

namespace ClaimCheck.Measure;

/// <summary>
/// <c>statcheck-expectations</c>: runs every row of statcheck's own test expectations
/// (tests/ClaimCheck.Tests/Verification/Statcheck/statcheck-expectations.tsv) through ClaimCheck and prints
/// the agreement per aspect and per test file, then each disagreement grouped by its recorded cause.
/// </summary>
internal static class StatcheckCommand
{
    /// <summary>Prints the measurement as Markdown; returns the number of disagreements with no recorded cause.</summary>
    internal static int Run(string? tsv)
    {
        string path = tsv ?? Path.Combine(RepositoryRoot(), StatcheckExpectations.RelativePath);
        var outcomes = StatcheckExpectations.Load(path).Select(StatcheckComparison.Compare).ToList();
        var compared = outcomes.Where(o => o.Comparable).ToList();
        int agree = compared.Count(o => o.Agrees);

        Console.WriteLine($"{outcomes.Count} expectations from {StatcheckExpectations.RelativePath}");
        Console.WriteLine($"compared: {compared.Count}; agree: {agree} ({Percent(agree, compared.Count)}); differ: {compared.Count - agree}");
        Console.WriteLine($"not compared: {outcomes.Count - compared.Count} (statcheck options ClaimCheck has no equivalent for)");
        foreach (var group in outcomes.Where(o => !o.Comparable).GroupBy(o => o.NotApplicable).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  {group.Count(),3}  {group.Key}");
        }

        var others = outcomes.SelectMany(o => o.RuleIds).Where(id => !StatcheckComparison.ErrorRules.Contains(id)).GroupBy(id => id).ToList();
        Console.WriteLine($"other CC2xxx findings on these inputs: {(others.Count == 0 ? "none" : string.Join(", ", others.Select(g => $"{g.Key} ×{g.Count()}")))}");

        Console.WriteLine();
        Console.WriteLine("| aspect | compared rows asserting it | agree | differ |");
        Console.WriteLine("|---|---|---|---|");
        foreach (string aspect in StatcheckComparison.Aspects)
        {
            var asserting = compared.Where(o => Asserts(o, aspect)).ToList();
            int differ = asserting.Count(o => o.DiffersOn(aspect));
            Console.WriteLine($"| {aspect} | {asserting.Count} | {asserting.Count - differ} ({Percent(asserting.Count - differ, asserting.Count)}) | {differ} |");
        }

        Console.WriteLine();
        Console.WriteLine("| statcheck test file | rows | compared | agree |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var file in outcomes.GroupBy(o => o.Row.SourceFile))
        {
            int c = file.Count(o => o.Comparable), a = file.Count(o => o.Agrees);
            Console.WriteLine($"| {file.Key} | {file.Count()} | {c} | {a} ({Percent(a, c)}) |");
        }

        int unexplained = 0;
        Console.WriteLine();
        Console.WriteLine("Disagreements by cause:");
        foreach (var cause in compared.Where(o => !o.Agrees)
                     .GroupBy(o => StatcheckKnownDisagreements.Causes.GetValueOrDefault(o.Row.Key) ?? "NEW: no cause recorded in StatcheckKnownDisagreements")
                     .OrderByDescending(g => g.Count()))
        {
            if (cause.Key.StartsWith("NEW", StringComparison.Ordinal))
            {
                unexplained += cause.Count();
            }

            Console.WriteLine();
            Console.WriteLine($"{cause.Key} ({cause.Count()})");
            foreach (var o in cause)
            {
                string options = o.Row.Options.Length > 0 ? $" [{o.Row.Options}]" : string.Empty;
                Console.WriteLine($"- line {o.Row.Line} ({o.Row.SourceFile}): `{o.Row.Input}`{options}: {string.Join("; ", o.Differences)}. ClaimCheck: {(o.Extracted ? o.Reading : "no statistic")}{(o.RuleIds.Count > 0 ? "; " + string.Join(", ", o.RuleIds) : string.Empty)}");
            }
        }

        return unexplained;
    }

    private static bool Asserts(StatcheckOutcome o, string aspect) => aspect switch
    {
        StatcheckComparison.Extraction => true,
        StatcheckComparison.Reading => o.Extracted && o.Row.Extracted && (o.Row.Statistic is not null || o.Row.PComparison is not null),
        StatcheckComparison.Error => o.Row.Errors.Count == 1,
        _ => o.Row.DecisionError is not null,
    };

    private static string Percent(int part, int whole)
        => whole == 0 ? "–" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ClaimCheck.sln not found above the current directory: pass --tsv <file>");
    }
}
