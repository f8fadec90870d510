using ClaimCheck.Documents;
using ClaimCheck.Segmenting;

namespace ClaimCheck.Tests.Segmenting;

/// <summary>
/// Span tables for the Segmenting stage (after Markdig's TestSourcePosition): for a text, the expected roles, clauses and
/// cues with the exact text each span covers, and look-alikes that must give nothing.
/// </summary>
public sealed class SegmentingSpanTests
{
    [TestCase("Results")]
    [TestCase("RESULTS:")]
    [TestCase("RESULTS.")]
    [TestCase("ABSTRACT.RESULTS.")]
    [TestCase("ABSTRACT.RESULTS:")]
    public void Every_written_form_of_a_results_heading_gives_the_results_role(string heading)
    {
        var document = Segment($"BACKGROUND:\nPain after surgery is common and poorly treated in older adults.\n\n{heading}\nPain scores fell more with the new drug than with placebo in the trial (p = 0.01).\n");

        var sentences = document.Blocks.SelectMany(b => b.Sentences).ToList();
        sentences.Select(s => s.Role).Should().Equal(SentenceRole.Background, SentenceRole.Results);
    }

    [TestCase("BODY.DISCUSSION.", SentenceRole.Discussion)]
    [TestCase("BODY.METHODS.STATISTICAL ANALYSIS.", SentenceRole.Methods)]
    [TestCase("ABSTRACT.CONCLUSIONS:", SentenceRole.Conclusions)]
    [TestCase("Interpretation", SentenceRole.Conclusions)]
    public void Dotted_and_named_headings_give_their_role(string heading, SentenceRole role)
    {
        var document = Segment($"ABSTRACT.BACKGROUND.\nPain after surgery is common and poorly treated in older adults.\n\n{heading}\nA few studies have reported a significant improvement in pain with this drug [28-30].\n");

        document.Blocks.SelectMany(b => b.Sentences).Last().Role.Should().Be(role);
    }

    [Test]
    public void A_heading_with_no_role_leaves_the_role_unknown_and_funding_is_boilerplate()
    {
        var document = Segment("RESULTS:\nPain scores fell more with the new drug than with placebo (p = 0.01).\n\nFUNDING:\nThe authors thank the nurses of the ward for their generous help.\n");

        var last = document.Blocks.SelectMany(b => b.Sentences).Last();
        last.Role.Should().BeNull();
        last.Has(CueKind.Boilerplate).Should().BeTrue();
    }

    [Test]
    public void An_article_block_without_headings_gets_the_role_model_and_commentary_gets_none()
    {
        var document = Segment("""
            Postoperative pain remains a major clinical problem after knee replacement in older adults.
            We randomly assigned 120 patients to the new drug or to placebo for 14 days after surgery.
            Pain scores at day 3 were lower with the new drug than with placebo (mean difference 1.2, 95% CI 0.4 to 2.0).
            These findings suggest that the new drug relieves pain after knee replacement.
            """);

        var sentences = document.Blocks.SelectMany(b => b.Sentences).ToList();
        sentences.Should().HaveCount(4);
        sentences[^1].Role.Should().Be(SentenceRole.Conclusions);
        sentences[2].Role.Should().Be(SentenceRole.Results);
    }

    [TestCase("Pain fell with the drug (p = .01), but nausea did not differ between the groups.",
        "Pain fell with the drug (p = .01), |but nausea did not differ between the groups.")]
    [TestCase("Although pain was lower with the drug (p = .04), nausea was similar in both groups.",
        "Although pain was lower with the drug (p = .04),| nausea was similar in both groups.")]
    [TestCase("Except for nausea (p = .01), there were no differences in adverse events between groups.",
        "Except for nausea (p = .01),| there were no differences in adverse events between groups.")]
    [TestCase("Mortality was higher with placebo (23% vs 11%; HR 2.18, 95% CI 1.1 to 4.3) at one year.",
        "Mortality was higher with placebo (23% vs 11%; HR 2.18, 95% CI 1.1 to 4.3) at one year.")]
    [TestCase("Pain fell in the drug group; nausea rose in the placebo group of the trial.",
        "Pain fell in the drug group;| nausea rose in the placebo group of the trial.")]
    public void Clauses_are_cut_at_contrasts_outside_brackets(string text, string expected)
    {
        var sentence = Segment(text).Blocks.Single().Sentences.Single();

        string.Join("|", sentence.Clauses.Select(c => sentence.Text[(c.Span.Start - sentence.Span.Start)..(c.Span.End - sentence.Span.Start)])).Should().Be(expected);
    }

    // ", and" between two clauses, each with its own verb (and a subject after "and"), cuts; lists and a shared subject do not.
    [TestCase("Metformin use was associated with lower cancer incidence, and dapagliflozin reduced hospitalisation for heart failure.",
        "Metformin use was associated with lower cancer incidence, |and dapagliflozin reduced hospitalisation for heart failure.")]
    [TestCase("Yoga relieves back pain in adults, and massage eases neck pain in older adults.",
        "Yoga relieves back pain in adults, |and massage eases neck pain in older adults.")]
    [TestCase("Nausea, rash, and headache were more common with the drug than with placebo.",
        "Nausea, rash, and headache were more common with the drug than with placebo.")]
    [TestCase("Pain was reduced at 6, 12, and 24 weeks with the new drug.",
        "Pain was reduced at 6, 12, and 24 weeks with the new drug.")]
    [TestCase("The drug reduced pain scores, and improved sleep in the first week.",
        "The drug reduced pain scores, and improved sleep in the first week.")]
    [TestCase("The drug reduced pain scores, and significantly improved sleep in the first week.",
        "The drug reduced pain scores, and significantly improved sleep in the first week.")]
    [TestCase("Patients in the drug group were older, and more often women than in the placebo group.",
        "Patients in the drug group were older, and more often women than in the placebo group.")]
    [TestCase("Mortality was lower with the drug (12% vs 18%, p = .01), and hospital stays were shorter (p = .03).",
        "Mortality was lower with the drug (12% vs 18%, p = .01), |and hospital stays were shorter (p = .03).")]
    [TestCase("Mortality was lower with the drug (12%, and 18% with placebo) at one year.",
        "Mortality was lower with the drug (12%, and 18% with placebo) at one year.")]
    public void Clauses_are_cut_at_and_between_two_clauses(string text, string expected)
        => Clauses_are_cut_at_contrasts_outside_brackets(text, expected);

    // Each row: a sentence, the cue kind asked for, and the text of every cue of that kind in it ("" for none: a look-alike).
    [TestCase("The new drug may improve pain in older adults after surgery.", CueKind.Hedged, "may")]
    [TestCase("The rash disappeared in all patients within two weeks of stopping.", CueKind.Hedged, "")]
    [TestCase("Results suggest the drug potentially reduces pain after surgery.", CueKind.Hedged, "suggest|potentially")]
    [TestCase("Pain did not differ between the groups at any time point.", CueKind.Negated, "not")]
    [TestCase("Pain didn't differ between the groups at any time point.", CueKind.Negated, "didn't")]
    [TestCase("Pain notably fell in the nothing-by-mouth group after surgery.", CueKind.Negated, "")]
    [TestCase("There were no differences except for nausea, which was more common with the drug.", CueKind.Exception, "except for")]
    [TestCase("The response was exceptional in the drug group after surgery.", CueKind.Exception, "")]
    [TestCase("The new drug was as effective as morphine and comparable in safety.", CueKind.Equivalence, "as effective as|comparable")]
    [TestCase("The new drug was compared with morphine in older adults.", CueKind.Equivalence, "")]
    [TestCase("Pain fell in both groups over time with the new drug.", CueKind.EveryArm, "both|over time")]
    [TestCase("In a subgroup analysis of older adults the effect was larger.", CueKind.Subgroup, "subgroup")]
    [TestCase("The subsequent analysis included all randomised adults.", CueKind.Subgroup, "")]
    [TestCase("Twelve patients withdrew and 3 were lost to follow-up in the trial.", CueKind.Attrition, "withdrew|lost to|follow")]
    [TestCase("Analgesia was given to every adult patient after surgery.", CueKind.Attrition, "")]
    [TestCase("The adjusted odds ratio from the multivariable model was 1.8 in adults.", CueKind.Adjusted, "adjusted|multivariable")]
    [TestCase("The cure rates of the two models of DOTS providers differed in adults.", CueKind.Adjusted, "")]
    [TestCase("A modest fall in pain was seen with the new drug.", CueKind.Adjusted, "")]
    [TestCase("The groups were similar at baseline in age and sex.", CueKind.Baseline, "baseline")]
    [TestCase("The change from baseline in pain was larger with the drug.", CueKind.ChangeFromBaseline, "change|from baseline")]
    [TestCase("Nausea was not significant at the p < .05 level in this trial.", CueKind.Threshold, "at the|level")]
    [TestCase("Nausea was worse at the end of the first week of the trial.", CueKind.Threshold, "")]
    [TestCase("A P value below 0.05 was considered significant in all the analyses.", CueKind.Criterion, "considered significant")]
    [TestCase("We tested the hypothesis H0: P = 0.5 against a two-sided alternative.", CueKind.Criterion, "H0")]
    [TestCase("The test for interaction between age and treatment gave p = 0.04 here.", CueKind.ModelTest, "interaction")]
    [TestCase("A few studies have reported a significant improvement in pain [28-30].", CueKind.PriorWork, "A few studies|[28-30]")]
    [TestCase("Previous studies have shown that the drug relieves pain after surgery.", CueKind.PriorWork, "Previous studies|have shown")]
    [TestCase("Women with previous miscarriages had higher depression scores at birth.", CueKind.PriorWork, "")]
    [TestCase("Pain fell by 2 points [95% CI 1 to 3] with the new drug in adults.", CueKind.PriorWork, "")]
    [TestCase("Further studies are needed and clinicians should be cautious with it.", CueKind.Recommendation, "Further|needed|should")]
    [TestCase("Shoulder pain fell with the new drug in older adults after surgery.", CueKind.Recommendation, "")]
    [TestCase("Pain showed a trend towards improvement that was not significant overall.", CueKind.NonSignificance, "trend|not significant")]
    [TestCase("Pain was significantly reduced and function improved with the new drug.", CueKind.Change, "reduced|improved")]
    [TestCase("The mean reduction in pain was 2 points with the new drug in adults.", CueKind.Change, "")]
    [TestCase("The mean reduced score was 2 points lower with the new drug in adults.", CueKind.Change, "")]
    [TestCase("Three patients died and there were 12 events in the placebo group.", CueKind.Events, "died|events")]
    [TestCase("Seventy patients received prevention counselling in the placebo group.", CueKind.Events, "")]
    [TestCase("Table 2: Baseline characteristics of the patients in each of the groups.", CueKind.TableRow, "Table 2: Baseline characteristics of the patients in each of the groups.")]
    [TestCase("Table 2 shows that pain fell more with the new drug than with placebo.", CueKind.TableRow, "")]
    [TestCase("Data are presented as mean and standard deviation for every group.", CueKind.TableRow, "Data are presented as mean and standard deviation for every group.")]
    [TestCase("This study was funded by the National Institutes of Health in full.", CueKind.Boilerplate, "funded by")]
    [TestCase("This hypothesis was supported by the results of the second trial.", CueKind.Boilerplate, "")]
    [TestCase("Smoking makes 'no difference' to weight in most adults after quitting.", CueKind.Quoted, "'")]
    public void Cues_and_their_look_alikes(string text, CueKind kind, string expected)
    {
        var document = Segment(text);
        var sentence = document.Blocks.Single().Sentences.Single();

        string found = string.Join("|", sentence.Clauses.SelectMany(c => c.Cues).Where(c => c.Kind == kind).Select(c => document.Source.ToString(c.Span)));
        found.Should().Be(expected);
    }

    [TestCase("Pain did not differ between the groups, although nausea was more common.", "not differ between the groups, ")]
    [TestCase("There were no differences except for nausea, which was more common.", "no differences ")]
    public void A_negation_governs_the_rest_of_its_clause(string text, string scope)
    {
        var document = Segment(text);
        var cue = document.Blocks.Single().Sentences.Single().Clauses.SelectMany(c => c.Cues).First(c => c.Kind == CueKind.Negated);

        document.Source.ToString(cue.Scope).Should().StartWith(scope.TrimEnd(' ', ','));
        document.Source.ToString(cue.Scope).Should().NotContain("which");
    }

    [Test]
    public void An_exception_governs_up_to_its_comma()
    {
        var document = Segment("There were no differences except for nausea and rash, which were more common.");
        var cue = document.Blocks.Single().Sentences.Single().Clauses.SelectMany(c => c.Cues).Single(c => c.Kind == CueKind.Exception);

        document.Source.ToString(cue.Scope).Should().Be("except for nausea and rash");
    }

    [Test]
    public void A_forward_looking_paragraph_is_boilerplate_in_every_sentence()
    {
        var document = Segment("This press release contains forward-looking statements about our products. They include trends toward health care cost containment in the coming years.");

        document.Blocks.Single().Sentences.Should().OnlyContain(s => s.Has(CueKind.Boilerplate));
    }

    [Test]
    public void Segmenting_twice_gives_the_same_document_and_unsegmented_sentences_have_no_facts()
    {
        var parsed = ClaimChecker.Parse("Pain did not differ between the groups at any time point.");
        var segmented = DocumentSegmenter.Segment(parsed);

        DocumentSegmenter.Segment(segmented).Should().BeSameAs(segmented);
        parsed.Blocks.Single().Sentences.Single().Clauses.Should().BeEmpty();
        segmented.Blocks.Single().Sentences.Single().Clauses.Should().ContainSingle();
    }

    private static ThreadDocument Segment(string text) => DocumentSegmenter.Segment(ClaimChecker.Parse(text));
}
