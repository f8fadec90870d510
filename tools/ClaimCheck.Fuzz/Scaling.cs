using System.Diagnostics;
using System.Globalization;

namespace ClaimCheck.Fuzz;

/// <summary>
/// The growth experiment: each family of hostile text is checked at 1×, 4× and 16× its base size, and
/// the time ratio 16×/1× is printed. Linear work gives about 16; quadratic work about 256. A diagnostic
/// for finding superlinear spots (docs/robustness.md), not a test.
/// </summary>
public static class Scaling
{
    /// <summary>The families: a name and a function from a repeat count to the text.</summary>
    public static IReadOnlyList<(string Name, int BaseCount, Func<int, string> Make)> Families { get; } =
    [
        ("conclusions: 'no significant … but significantly improved …'", 250,
            n => "Results: 23/49 (46.9%) vs 10/29 (34.5%) improved, OR 1.68 (95% CI 0.65–4.34).\n\nConclusions: The treatment " + Repeat("had no significant effect on pain but significantly improved function ", n) + ".\n"),
        ("one sentence: 'significantly improved (p = 0.30) but …'", 2_000, n => Repeat("significantly improved (p = 0.30) but ", n) + ".\n"),
        ("one sentence: 'no significant difference (p = 0.01); …'", 2_000, n => Repeat("no significant difference between groups (p = 0.01); ", n) + ".\n"),
        ("one sentence: '65 patients, …'", 2_000, n => "Of the " + Repeat("65 patients, ", n) + "all finished.\n"),
        ("one sentence: '(n = 65) …'", 2_000, n => "Randomised: " + Repeat("65 receiving MSC (n = 65) and ", n) + "done.\n"),
        ("one sentence: '23/49 (46.9%) …'", 2_000, n => "In the placebo group " + Repeat("23/49 (46.9%) and ", n) + "none.\n"),
        ("one sentence: 'OR 1.2 (95% CI 0.9–1.6), …'", 2_000, n => Repeat("OR 1.2 (95% CI 0.9–1.6, p = 0.21), ", n) + ".\n"),
        ("one sentence: '12 vs 15, difference 3 …'", 2_000, n => Repeat("mean 12.0 vs 15.0, difference 3.0, ", n) + ".\n"),
        ("sentences: 'The placebo group had 23/49 (46.9%).'", 1_000, n => Repeat("The placebo group had 23/49 (46.9%) and the MSC group 10/28 (35.7%), OR 1.68 (95% CI 0.65–4.34). ", n) + "\n"),
        ("sentences of an abstract without headings", 300, n => Repeat("Patients were randomised (n = 65) to MSC or placebo (n = 35). The MSC group improved significantly more than placebo (p = 0.30). These results suggest MSC may offer potential benefits for lung recovery. ", n) + "\n"),
        ("lines: 'Results: 12 patients (40%)'", 2_000, n => Repeat("Results\nOf 30 patients, 12 (40%) improved and the difference was not significant (p = 0.41).\n", n)),
        ("html: posts of a XenForo thread", 200, n => "<!DOCTYPE html><html><body>" + Repeat("<article class=\"message message--post\" data-author=\"a\"><div class=\"message-userContent\"><div class=\"bbWrapper\">Of 49 patients, 23 (46.9%) improved; OR 1.68 (95% CI 0.65–4.34). It significantly improved recovery.<script>var x = '23/49';</script></div></div></article>", n) + "</body></html>"),
    ];

    /// <summary>Runs every family (or those whose name contains <paramref name="filter"/>) and writes a table to <paramref name="output"/>.</summary>
    public static void Run(TextWriter output, string? filter = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ClaimChecker.Check("warm up: 23/49 (46.9%), p = 0.04.");
        output.WriteLine("family | chars at 1× | 1× ms | 4× ms | 16× ms | 16×/1×");
        foreach (var (name, baseCount, make) in Families.Where(f => filter is null || f.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)))
        {
            var times = new List<double>();
            int chars = make(baseCount).Length;
            foreach (int factor in (int[])[1, 4, 16])
            {
                string text = make(baseCount * factor);
                var watch = Stopwatch.StartNew();
                var stages = Stages(text);
                watch.Stop();
                times.Add(watch.Elapsed.TotalMilliseconds);
                if (factor == 16)
                {
                    // Where the time went at the largest size: the stage or rule to look at first.
                    output.Write("slowest at 16×: " + string.Join(", ", stages.OrderByDescending(s => s.Ms).Take(3).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Ms:N0} ms"))) + " | ");
                }

                output.Write(string.Create(CultureInfo.InvariantCulture, $"[{factor}×: {watch.Elapsed.TotalMilliseconds:N0} ms] "));
                output.Flush();
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} | {chars:N0} | {times[0]:N0} | {times[1]:N0} | {times[2]:N0} | {times[2] / Math.Max(times[0], 0.001):N1}"));
        }
    }

    /// <summary>Checks <paramref name="text"/> stage by stage (parse, extract, link, each rule) and returns each one's time.</summary>
    public static List<(string Stage, double Ms)> Stages(string text)
    {
        var times = new List<(string, double)>();
        var watch = Stopwatch.StartNew();
        var document = ClaimChecker.Parse(text);
        times.Add(("parse", watch.Elapsed.TotalMilliseconds));
        watch.Restart();
        // Segmenting's facts are worked out on first use: their cost shows in the rules that ask for them.
        document = ClaimCheck.Segmenting.DocumentSegmenter.Segment(document);
        times.Add(("segment", watch.Elapsed.TotalMilliseconds));
        watch.Restart();
        var extraction = ClaimCheck.Extraction.ClaimExtractor.Extract(document);
        times.Add(("extract", watch.Elapsed.TotalMilliseconds));
        watch.Restart();
        var links = ClaimCheck.Linking.Linker.Link(extraction);
        times.Add(("link", watch.Elapsed.TotalMilliseconds));
        var verifier = new ClaimCheck.Verification.Verifier();
        var context = new ClaimCheck.Verification.RuleContext(document, links, verifier.Policy, []);
        foreach (var (rule, declared) in verifier.Rules)
        {
            watch.Restart();
            context.Running(declared);
            rule.Analyze(context);
            times.Add((declared[0].Id, watch.Elapsed.TotalMilliseconds));
        }

        return times;
    }

    private static string Repeat(string s, int times) => string.Concat(Enumerable.Repeat(s, times));
}
