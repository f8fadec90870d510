using System.Globalization;
using System.Text;
using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Measure;

/// <summary>
/// <c>news</c>: extraction recall per form on the health-news stories whose truth was written by reading them
/// (docs/accuracy/health-news-truth.tsv), and every finding on those stories listed for judging. A truth row is found
/// when one claim of an accepted kind holds every number the row prints, on the row's line.
/// </summary>
internal static class NewsCommand
{
    // Which claim kinds count as extracting a truth form. "other" accepts any claim that holds the numbers.
    private static readonly Dictionary<string, ClaimKind[]> Accepted = new(StringComparer.Ordinal)
    {
        ["relative-change"] = [ClaimKind.RelativeChange],
        ["percentage-points"] = [ClaimKind.RelativeChange, ClaimKind.DifferenceEstimate],
        ["both-arms"] = [ClaimKind.GroupComparison],
        ["k-of-n"] = [ClaimKind.Proportion],
        ["percent"] = [ClaimKind.Proportion, ClaimKind.GroupComparison, ClaimKind.RelativeChange],
        ["count"] = [ClaimKind.Count, ClaimKind.Proportion, ClaimKind.GroupComparison],
        ["ratio"] = [ClaimKind.RatioEstimate],
        ["ci"] = [ClaimKind.IntervalEstimate, ClaimKind.RatioEstimate, ClaimKind.DifferenceEstimate],
        ["p-value"] = [ClaimKind.PValue],
        ["nnt"] = [ClaimKind.RiskQuantity],
        ["risk-reduction"] = [ClaimKind.RiskQuantity, ClaimKind.RelativeChange],
        ["mean"] = [ClaimKind.MeanSd, ClaimKind.MedianIqr, ClaimKind.GroupComparison],
        ["fraction-words"] = [ClaimKind.Proportion, ClaimKind.RelativeChange, ClaimKind.RiskQuantity],
    };

    internal static int Run(string truthPath, string storiesFolder)
    {
        var rows = File.ReadLines(truthPath).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        var byForm = new SortedDictionary<string, (int Found, int All)>(StringComparer.Ordinal);
        var missed = new StringBuilder();
        var findings = new StringBuilder();
        foreach (var file in rows.Select(r => r[0]).Distinct())
        {
            var result = ClaimChecker.CheckFile(Path.Combine(storiesFolder, file));
            var source = result.Document!.Source;
            var claims = result.Extraction!.Claims.ToList();
            foreach (var row in rows.Where(r => r[0] == file))
            {
                int line = int.Parse(row[1], CultureInfo.InvariantCulture);
                string form = row[2];
                var numbers = row[3].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Bare).ToList();
                var kinds = Accepted.GetValueOrDefault(form);
                bool found = claims.Any(c => (kinds is null || kinds.Contains(c.Kind)) && numbers.All(n => c.Numbers.Any(x =>
                    string.Equals(Bare(x.Text), n, StringComparison.OrdinalIgnoreCase) && source.GetLinePosition(x.Span.Start).Line == line)));
                var (f, a) = byForm.GetValueOrDefault(form);
                byForm[form] = (f + (found ? 1 : 0), a + 1);
                if (!found)
                {
                    missed.Append(CultureInfo.InvariantCulture, $"{file}\t{line}\t{form}\t{row[3]}\n");
                }
            }

            foreach (var finding in result.Findings)
            {
                findings.Append(CultureInfo.InvariantCulture, $"{file}({finding.Location.Position.Line},{finding.Location.Position.Column}) {finding.Severity.ToString().ToLowerInvariant()} {finding.Id}: {finding.Message} «{finding.Location.Text}»\n");
            }
        }

        Console.WriteLine("| form | truth rows | extracted | recall |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (form, (found, all)) in byForm)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {form} | {all} | {found} | {100.0 * found / all:F0}% |"));
        }

        int total = byForm.Values.Sum(v => v.All), hits = byForm.Values.Sum(v => v.Found);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **all** | {total} | {hits} | {100.0 * hits / total:F0}% |"));
        Console.WriteLine();
        Console.WriteLine("## Missed rows");
        Console.Write(missed);
        Console.WriteLine();
        Console.WriteLine("## Findings");
        Console.Write(findings);
        return 0;
    }

    /// <summary>A printed number without its percent sign or word and thousands commas: "85 percent" → "85", "6,684" → "6684".</summary>
    private static string Bare(string printed)
    {
        string s = printed.Trim();
        foreach (string unit in (string[])["percentage points", "percentage point", "percent", "per cent", "%"])
        {
            if (s.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                s = s[..^unit.Length].TrimEnd();
                break;
            }
        }

        return s.Replace(",", string.Empty, StringComparison.Ordinal).Replace('−', '-');
    }
}
