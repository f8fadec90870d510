using System.Globalization;
using System.Text;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Measure;

/// <summary>
/// The verifier over the same abstracts: findings per rule, and a seeded draw of Warning/Error findings
/// (of chosen rule ranges) for the hand audit in docs/accuracy/.
/// </summary>
internal static class FindingsCommands
{
    /// <summary>Checks every abstract (headings kept, so that conclusions are known) and returns the findings with their sentences.</summary>
    internal static List<(string File, Finding Finding, string Sentence)> Check(string data)
    {
        var all = new List<(string, Finding, string)>();
        foreach (var path in Directory.EnumerateFiles(data, "*.abst").Order(StringComparer.Ordinal))
        {
            var file = AbstractFile.Read(path, keepHeadings: true);
            var result = ClaimChecker.Check(file.Text, file.Name);
            var sentences = result.Document!.Blocks.SelectMany(b => b.Sentences).ToList();
            foreach (var finding in result.Findings)
            {
                var sentence = sentences.FirstOrDefault(s => s.Span.Contains(finding.Location.Span.Start));
                all.Add((file.Name, finding, sentence?.Text ?? string.Empty));
            }
        }

        return all;
    }

    /// <summary>Prints findings per rule and severity, as a Markdown table.</summary>
    internal static void Counts(List<(string File, Finding Finding, string Sentence)> findings)
    {
        Console.WriteLine($"{findings.Select(f => f.File).Distinct().Count()} abstracts with findings, {findings.Count} findings");
        Console.WriteLine("| rule | title | info | warning | error |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var rule in findings.GroupBy(f => f.Finding.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int Count(Severity s) => rule.Count(f => f.Finding.Severity == s);
            Console.WriteLine($"| {rule.Key} | {rule.First().Finding.Descriptor.Title} | {Count(Severity.Info)} | {Count(Severity.Warning)} | {Count(Severity.Error)} |");
        }
    }

    /// <summary>Draws <paramref name="count"/> Warning/Error findings whose id starts with one of <paramref name="prefixes"/>, for the audit.</summary>
    internal static string Sample(List<(string File, Finding Finding, string Sentence)> findings, int seed, int count, string[] prefixes, Func<int, int, int, List<int>> draw)
    {
        var pool = findings.Where(f => f.Finding.Severity >= Severity.Warning && prefixes.Any(p => f.Finding.Id.StartsWith(p, StringComparison.Ordinal))).ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Drawn with seed {seed}: {Math.Min(count, pool.Count)} of {pool.Count} Warning/Error findings of {string.Join(", ", prefixes)}.");
        text.AppendLine();
        text.AppendLine("| # | file | rule | severity | at | message | sentence | verdict | why |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        int n = 0;
        foreach (int i in draw(pool.Count, count, seed).Order())
        {
            var (file, finding, sentence) = pool[i];
            text.AppendLine(CultureInfo.InvariantCulture, $"| {++n} | {file} | {finding.Id} | {finding.Severity} | `{Cell(finding.Location.Text)}` | {Cell(finding.Message)} | {Cell(sentence)} | | |");
        }

        return text.ToString();
    }

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);
}
