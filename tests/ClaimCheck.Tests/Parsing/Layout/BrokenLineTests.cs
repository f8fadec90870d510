using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Parsing.Layout;

/// <summary>
/// Issue 12, cause 12: a page's sentence broken over lines (text wrapped mid-sentence, the superscript of "kg/m" or the
/// "−1" of "pmol l−1" on a line of its own, a stray ")") is one paragraph of the page, not navigation to drop; and a
/// long paragraph of prose is never chrome or an affiliation line for a phrase it contains. Look-alikes: lines that
/// start a sentence or end one stay apart, and a short copyright line is still chrome. The texts are constructed.
/// </summary>
public sealed class BrokenLineTests
{
    private const string Before = "Background\nWe tested a drug in adults with obesity over twelve weeks in a trial.\n\nResults\n";
    private const string After = "\n\nConclusions\nThe drug works in these patients, and most said so in the end.\n";

    [TestCase("Body mass index fell from 31 kg/m\n2\n to 29 kg/m\n2\n in the drug group and rose in the placebo group.", "Body mass index fell from 31 kg/m", "in the drug group", TestName = "A superscript on a line of its own")]
    [TestCase("Insulin (pmol l\n−1\n)\nfell by 12 of 40 patients (30%) in the drug group.", "Insulin (pmol l", "fell by 12 of 40", TestName = "A stray ')' after a superscript")]
    [TestCase("The response was seen in twelve of the forty\npatients who took the drug and in ten of the forty\ncontrols.", "The response was seen in twelve", "controls.", TestName = "Text wrapped mid-sentence")]
    [TestCase("Response was higher in the drug group (30%) than in the placebo group (25%).", "Response was higher", "(25%).", TestName = "One line of prose stays as it is")]
    public void A_sentence_broken_over_lines_is_kept_whole(string results, string start, string end)
    {
        var sentences = Sentences(Before + results + After);

        sentences.Should().Contain(s => s.Contains(start, StringComparison.Ordinal) && s.Contains(end, StringComparison.Ordinal),
            "the sentence starting '{0}' must reach '{1}'", start, end);
    }

    [TestCase("Home\nNews\nHealth\n\nA new trial of a drug in adults with obesity found that weight fell by 2 kg.", "Home", TestName = "Navigation over an article stays out (the next line starts a sentence)")]
    [TestCase("A new trial of a drug in adults with obesity found that weight fell by 2 kg.\n\n© 2024 Example Media\nAll rights reserved", "Example Media", TestName = "A short copyright line is still chrome")]
    public void Lines_that_are_not_part_of_a_sentence_stay_out(string page, string dropped)
        => string.Join("\n", Sentences(page)).Should().NotContain(dropped);

    // A paragraph of more than 80 words; a shorter line with "© " in it is still read as chrome.
    [TestCase("Elevation Training Masks© (ETM) claim to stimulate cardiorespiratory fitness improvements similar to training at altitude, however, there is little research to support this claim. The purpose of this study was to research the effect that a hypoxia-inducing mask would have on cardiorespiratory fitness and pulmonary function through a high intensity interval training running program. Seventeen subjects were randomized into either the control group, without the mask, or the experimental group, with the mask, and took part in a 6-week protocol of 4 sessions per week.", TestName = "A product mark in prose is no copyright line")]
    [TestCase("Patients with chronic tonsillitis aged between 5 and 10 years were selected from the outpatient Department of Kaumarbhritya, SDM College of Ayurveda and Hospital, Hassan, and 20 of them took the tablet once daily for 30 days, while the other 20 took a placebo tablet at the same dose for the same 30 days, after which all were assessed on the following day and again fifteen days later by the same examiner.", TestName = "A paragraph naming a college and a hospital is no affiliation line")]
    public void A_long_paragraph_of_prose_is_never_chrome(string paragraph)
    {
        var sentences = Sentences("Trial of something in adults\n\n" + paragraph + "\n\nThe drug was safe in this trial of adults.\n");

        string.Join(" ", sentences).Should().Contain(paragraph[..40]);
    }

    private static List<string> Sentences(string page)
    {
        var result = ClaimChecker.Check(page);
        return [.. result.Document!.Posts.SelectMany(p => p.Blocks).SelectMany(b => b.Sentences).Select(s => s.Text)];
    }
}
