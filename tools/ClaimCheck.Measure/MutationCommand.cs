using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Measure;

/// <summary>
/// <c>mutations [--half even|odd]</c>: single-number mutations of consistent proportions in the Evidence Inference
/// abstracts (docs/accuracy.md, "Issue 12: linking and counts"). The proportions are found by the patterns below,
/// not by the extractor under test, so that a form the extractor misses counts as a miss: <c>k/n (p%)</c>,
/// <c>k of n (p%)</c>, <c>k (p%) of n</c>, <c>k/n word (p%)</c>, <c>p% (k/n)</c>. A proportion is consistent when p is
/// 100·k/n rounded to p's decimals. Each consistent one gives two mutants, each run through the whole pipeline with
/// the rest of its abstract: p moved by 10 points (by −10 above 90) and k moved by 3 (by −3 when k + 3 &gt; n; left out when
/// the moved k still fits p, as 120 of 729 still gives 16%). A mutant
/// is caught when a CC1xxx or CC2xxx finding touches the changed number; an unmutated consistent proportion is falsely
/// flagged when any finding touches it.
/// </summary>
internal static partial class MutationCommand
{
    private const string Count = @"(?<k>\d{1,5})";
    private const string Total = @"(?<n>\d{1,5})";
    private const string Percent = @"(?<p>\d{1,3}(?:\.\d{1,2})?)\s?%";

    private static readonly Regex[] Forms =
    [
        new($@"(?<![\d.,/]){Count}\s?/\s?{Total}\s?\({Percent}\)", RegexOptions.CultureInvariant),
        new($@"(?<![\d.,/]){Count} (?:out )?of {Total}\s?\({Percent}\)", RegexOptions.CultureInvariant),
        new($@"(?<![\d.,/]){Count}\s?[\(\[]{Percent}[\)\]] of {Total}(?![\d.,])", RegexOptions.CultureInvariant),
        new($@"(?<![\d.,/]){Count}\s?/\s?{Total} [a-z]+ \({Percent}\)", RegexOptions.CultureInvariant),
        new($@"(?<![\d.,/-]){Percent} \({Count}\s?/\s?{Total}\)", RegexOptions.CultureInvariant),
    ];

    internal static void Run(string data, string half)
    {
        int remainder = half == "odd" ? 1 : 0;
        int consistent = 0, flagged = 0, flaggedWarnings = 0, mutants = 0, caught = 0;
        var perForm = new int[Forms.Length, 2];
        foreach (string path in Directory.EnumerateFiles(data, "*.abst").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            if (!long.TryParse(name.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out long id) || id % 2 != remainder)
            {
                continue;
            }

            string text = AbstractFile.Read(path, keepHeadings: true).Text;
            var found = Consistent(text);
            if (found.Count == 0)
            {
                continue;
            }

            var original = ClaimChecker.Check(text).Findings;
            foreach (var (form, match) in found)
            {
                consistent++;
                var touching = original.Where(f => Touches(f, match.Index, match.Length)).ToList();
                if (touching.Count > 0)
                {
                    flagged++;
                    flaggedWarnings += touching.Any(f => f.Severity >= Severity.Warning) ? 1 : 0;
                    Console.WriteLine($"flagged  {name}: {match.Value} — {string.Join("; ", touching.Select(f => $"{f.Id} {f.Severity}"))}");
                }

                foreach (var (group, replacement) in Mutations(match))
                {
                    mutants++;
                    perForm[form, 0]++;
                    string mutated = string.Concat(text.AsSpan(0, group.Index), replacement, text.AsSpan(group.Index + group.Length));
                    bool hit = ClaimChecker.Check(mutated).Findings.Any(f => (f.Id.StartsWith("CC1", StringComparison.Ordinal) || f.Id.StartsWith("CC2", StringComparison.Ordinal))
                        && Touches(f, match.Index, match.Length + replacement.Length - group.Length));
                    if (hit)
                    {
                        caught++;
                        perForm[form, 1]++;
                    }
                    else
                    {
                        Console.WriteLine($"missed   {name}: {match.Value} → {replacement} for {group.Value}");
                    }
                }
            }
        }

        Console.WriteLine($"{half} half: {consistent} consistent proportions, {flagged} touched by a finding ({flaggedWarnings} by a Warning or Error); {caught}/{mutants} mutants caught");
        for (int f = 0; f < Forms.Length; f++)
        {
            Console.WriteLine($"  form {f + 1}: {perForm[f, 1]}/{perForm[f, 0]} caught");
        }
    }

    private static List<(int Form, Match Match)> Consistent(string text)
    {
        var result = new List<(int, Match)>();
        var taken = new List<(int Start, int End)>();
        for (int f = 0; f < Forms.Length; f++)
        {
            foreach (Match m in Forms[f].Matches(text))
            {
                if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length))
                {
                    continue;
                }

                double k = double.Parse(m.Groups["k"].Value, CultureInfo.InvariantCulture), n = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
                string p = m.Groups["p"].Value;
                int decimals = p.Contains('.', StringComparison.Ordinal) ? p.Length - p.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
                if (n < 5 || k > n || Math.Abs((100 * k / n) - double.Parse(p, CultureInfo.InvariantCulture)) > (0.5 * Math.Pow(10, -decimals)) + 1e-9)
                {
                    continue;
                }

                taken.Add((m.Index, m.Index + m.Length));
                result.Add((f, m));
            }
        }

        return result;
    }

    private static IEnumerable<(Group Group, string Replacement)> Mutations(Match m)
    {
        var p = m.Groups["p"];
        double value = double.Parse(p.Value, CultureInfo.InvariantCulture);
        int decimals = p.Value.Contains('.', StringComparison.Ordinal) ? p.Value.Length - p.Value.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        yield return (p, (value > 90 ? value - 10 : value + 10).ToString("F" + decimals, CultureInfo.InvariantCulture));

        var k = m.Groups["k"];
        int count = int.Parse(k.Value, CultureInfo.InvariantCulture), total = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        int mutated = count + 3 <= total ? count + 3 : count - 3;
        // 117 → 120 of 729 is still 16%: only a mutant that no longer fits its percentage can be caught.
        if (Math.Abs((100.0 * mutated / total) - value) > (0.5 * Math.Pow(10, -decimals)) + 1e-9)
        {
            yield return (k, mutated.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static bool Touches(Finding f, int start, int length)
        => f.Location.Span.Start < start + length && start < f.Location.Span.End
           || f.AdditionalLocations.Any(l => l.Span.Start < start + length && start < l.Span.End);
}
