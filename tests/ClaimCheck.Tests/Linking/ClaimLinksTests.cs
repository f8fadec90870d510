using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;

namespace ClaimCheck.Tests.Linking;

/// <summary>
/// The views Linking computes once per document, as span tables: each input marks the claim text a view should
/// hold with <c>[|…|]</c> (nothing marked: the view is empty), and look-alike rows show what it must leave out.
/// </summary>
[TestFixture]
public sealed class ClaimLinksTests
{
    [TestCase("Mortality was lower (OR [|0.52|], 95% CI 0.31–0.88).", "OR Log")]
    [TestCase("The mean difference was [|2.1|] (95% CI 0.5 to 3.7).", "difference Linear")]
    [TestCase("The median difference was [|2.1|] (95% CI 0.5 to 3.7).", "median difference Linear")]
    [TestCase("Weight fell by [|2.1|] kg (95% CI 0.5 to 3.7).", "estimate Either")]
    [TestCase("Weight fell from 5.2 (95% CI 4.1 to 6.3) to 4.0.", "", TestName = "An unnamed estimate after 'from' is a change's start, not an estimate")]
    [TestCase("Follow-up lasted over 2 years (99% CI 1.5 to 2.5).", "", TestName = "A duration is no estimate")]
    [TestCase("Survival was longer (HR 0.76, 95% CI 0.64–0.91 577).", "", TestName = "An upper bound cut at a thousands space")]
    public void Reads_the_sound_estimates_once(string marked, string expected)
    {
        var (text, spans) = Unmark(marked);

        var estimates = Link(text).Estimates;

        estimates.Select(e => e.Value.Span).Should().Equal(spans);
        estimates.Select(e => $"{e.Name} {e.Scale}").Should().Equal(expected.Length == 0 ? [] : [expected]);
    }

    [TestCase("OR 0.52 (95% CI 0.31–0.88). The test was one-sided.", true)]
    [TestCase("OR 0.52 (95% CI 0.31–0.88). A one-tailed t test was used.", true)]
    [TestCase("OR 0.52 (95% CI 0.31–0.88). The test was two-sided.", false)]
    public void Says_whether_the_text_declares_one_sided_tests_anywhere(string text, bool oneSided)
    {
        var links = Link(text);

        links.DeclaresOneSidedTests.Should().Be(oneSided);
        links.Estimates.Should().OnlyContain(e => e.TextDeclaresOneSided == oneSided);
    }

    [TestCase("Patients were randomized to drug (n = 36) or placebo (n = 38).", "randomized", false)]
    [TestCase("In all, 74 lesions were treated: drug (n = 36) or placebo (n = 38).", "treated", true)]
    [TestCase("Patients received drug (n = 36) or placebo (n = 38); 740 were screened.", "treated", false, TestName = "740 is not the sum 74")]
    public void Links_arm_sizes_stated_together(string text, string stage, bool sumPrinted)
    {
        var set = Link(text).Blocks.Single().ArmSizeSets.Single();

        set.Arms.Select(a => a.Count.Text).Should().Equal("36", "38");
        set.Stage.Should().Be(stage);
        set.SumPrinted.Should().Be(sumPrinted);
    }

    [TestCase("Patients were randomly assigned 2:1 to drug (n = 40) or placebo (n = 20).", true)]
    [TestCase("Patients were ALLOCATED 2:1 to drug (n = 40) or placebo (n = 20).", true)]
    [TestCase("The sex ratio was 2:1 among the 60 patients (n = 60).", false)]
    public void Reads_allocation_wording_once_per_sentence(string text, bool allocation)
    {
        var links = Link(text);
        var sentence = links.Extraction.Claims.First().SentenceSpan;

        links.Sentence(sentence).SpeaksOfAllocation.Should().Be(allocation);
    }

    [Test]
    public void Has_no_facts_for_a_span_without_claims()
        => Link("The rate was 12% (6/50).").Sentence(new Text.TextSpan(0, 3)).Should().BeSameAs(SentenceFacts.None);

    private static ClaimLinks Link(string text) => Linker.Link(ClaimExtractor.ExtractFromText(text));

    private static (string Text, List<Text.TextSpan> Spans) Unmark(string marked) => Tests.Extraction.ExpectedClaims.Unmark(marked);
}
