using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>
/// CC4001–CC4003 inside a thread, without <c>compare</c>: seed 000 (a forum thread that quotes two abstracts) with a
/// member's post altered to restate the first abstract's numbers, rightly or not, or to disagree in words only.
/// </summary>
public sealed class ThreadSummaryTests
{
    // Post 3 (Jonathan Edwards) comments on the 3-year abstract quoted in post 1, quoting nothing itself.
    private const string Post3 = "It looks as if maybe lung CT was the one thing that seemed different.";

    // Post 6 (Jonathan Edwards again), one line of comment.
    private const string Post6 = "    Which one would expect to be destroyed by rejection within days if not hours.\n";

    private static string Thread => File.ReadAllText(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt"));

    private static IReadOnlyList<Finding> Summaries(string post3) => Summaries(Post3, post3);

    private static IReadOnlyList<Finding> Summaries(string original, string altered)
    {
        string text = Thread;
        text.Should().Contain(original);
        return ClaimChecker.Check(text.Replace(original, altered, StringComparison.Ordinal), "thread.txt").Findings
            .Where(f => f.Id is "CC4001" or "CC4002" or "CC4003").ToList();
    }

    [Test]
    public void A_post_is_compared_with_the_member_it_quotes_and_that_member_s_abstract()
    {
        // Post 6 quotes a fragment of post 1 (forestglip) that holds no number, then misquotes the abstract post 1 quoted.
        var findings = Summaries(Post6, "    forestglip said:\n    Long-term outcomes of mesenchymal stem cell therapy in severe COVID-19 patients.\n    Click to expand...\n"
            + "    So normal findings on computed tomography in 49.6% of patients in the MSC group, against 34.48% in the placebo group.\n");

        var finding = findings.Should().ContainSingle(f => f.Id == "CC4001").Subject;
        finding.Location.Text.Should().Be("49.6");
        finding.AdditionalLocations.Single().Text.Should().Be("46.94");
        finding.AdditionalLocations.Single().Position.Line.Should().BeLessThan(40, "the number is in post 1's abstract");
    }

    [Test]
    public void The_thread_as_saved_raises_no_summary_finding() => Summaries(Post3).Should().BeEmpty();

    [Test]
    public void A_post_that_restates_the_quoted_abstract_with_a_narrower_interval_is_CC4001()
    {
        var findings = Summaries("Lung CT was the one thing that differed: normal CT in 46.94% of the MSC group against 34.48% on placebo, odds ratio 1.68 (95% CI 1.05–4.34).");

        var finding = findings.Should().ContainSingle(f => f.Id == "CC4001").Subject;
        finding.Location.Text.Should().Be("1.05");
        finding.Message.Should().Contain("which makes it significant").And.Contain("crosses 1");
        // The source is the abstract quoted in post 1.
        finding.AdditionalLocations.Single().Text.Should().Be("0.65");
        findings.Should().NotContain(f => f.Id == "CC4003");
    }

    [Test]
    public void A_post_that_restates_the_abstract_rightly_raises_nothing()
        => Summaries("Lung CT was the one thing that differed: normal CT in 46.94% of the MSC group against 34.48% on placebo, odds ratio 1.68 (95% CI 0.65–4.34).")
            .Should().NotContain(f => f.Id == "CC4001" || f.Id == "CC4003");

    [Test]
    public void A_post_that_disagrees_in_words_is_not_compared()
        => Summaries("I doubt the lung CT difference means anything at all; in 12 years of clinic I have never seen it.").Should().BeEmpty();
}
