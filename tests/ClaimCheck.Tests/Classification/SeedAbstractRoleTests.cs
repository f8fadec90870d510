using ClaimCheck.Documents;
using ClaimCheck.Segmenting.Roles;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Classification;

/// <summary>
/// The two abstracts of the seeds that lost their headings (seed 002's abstract page and the phase 2 abstract quoted
/// in seed 000): each paragraph was one section, so its sentences should mostly get that section's role.
/// </summary>
public sealed class SeedAbstractRoleTests
{
    private static readonly SentenceRole[][] ParagraphRoles =
    [
        [SentenceRole.Background, SentenceRole.Objective],
        [SentenceRole.Methods],
        [SentenceRole.Results],
        [SentenceRole.Conclusions],
    ];

    [TestCase("seeds/000_ee862e205fadbfc4.txt", "Treatment of severe Coronavirus", "In this randomized, double-blind", "UC-MSCs administration exerted", "These results suggest that UC-MSCs")]
    [TestCase("seeds/002_bc1ab4963135bc6e.txt", "The long-term consequences", "In this prospective, longitudinal", "MSC administration improved", "UC-MSC administration achieves")]
    public void Each_paragraph_mostly_gets_its_sections_role(string seed, string background, string methods, string results, string conclusions)
    {
        string[] lines = File.ReadAllLines(Corpus.PathOf(seed));
        var paragraphs = new[] { background, methods, results, conclusions }
            .Select(start => lines.Single(l => l.TrimStart().StartsWith(start, StringComparison.Ordinal)).Trim())
            .Select(p => SentenceSplitter.Split(p, new TextSpan(0, p.Length)).Select(s => p.Substring(s.Start, s.Length)).ToList())
            .ToList();

        var roles = SentenceRoleClassifier.Classify([.. paragraphs.SelectMany(p => p)]);

        int k = 0;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var mine = roles.Skip(k).Take(paragraphs[i].Count).ToList();
            k += paragraphs[i].Count;
            mine.Count(ParagraphRoles[i].Contains).Should().BeGreaterThan(mine.Count / 2, $"paragraph {i + 1} is {string.Join(" or ", ParagraphRoles[i])}, got {string.Join(", ", mine)}");
        }
    }
}
