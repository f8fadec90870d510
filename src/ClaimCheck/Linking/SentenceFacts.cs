using ClaimCheck.Lexicons;

namespace ClaimCheck.Linking;

/// <summary>
/// What the words of one sentence say about the claims in it that no clause cue of Segmenting carries, read once by
/// Linking so that rules match no words themselves: whether it speaks of allocation, whether its data are whole
/// numbers, whether it declares one-sided tests, and whether its comparison is paired. (Subsets, attrition, adjustment and events are Segmenting's
/// cues: rules read them from the sentence.)
/// </summary>
/// <param name="SpeaksOfAllocation">A stem of allocation.txt ("random…", "allocat…", "assign…"): a ratio in it is an allocation ratio, not a sex ratio.</param>
/// <param name="SaysWholeNumbers">A phrase of whole-number-data.txt ("number of", "episodes", "visits" …): GRIM and GRIMMER apply.</param>
/// <param name="DeclaresOneSided">One-sided, one-tailed or directional tests.</param>
/// <param name="SpeaksOfPairing">A phrase of paired-comparison.txt ("McNemar", "the same patients", "before and after"): its proportions share their people.</param>
internal sealed record SentenceFacts(bool SpeaksOfAllocation, bool SaysWholeNumbers, bool DeclaresOneSided, bool SpeaksOfPairing)
{
    /// <summary>No facts: for a span that is not a sentence with claims.</summary>
    internal static SentenceFacts None { get; } = new(false, false, false, false);

    /// <summary>Reads the facts of <paramref name="sentence"/>.</summary>
    internal static SentenceFacts Of(string sentence)
        => new(
            SpeaksOfAllocation: sentence.AsSpan().IndexOfAny(Lexicon.AllocationStems) >= 0,
            SaysWholeNumbers: sentence.AsSpan().IndexOfAny(Lexicon.WholeNumberData) >= 0,
            DeclaresOneSided: OneSidedTests.DeclaredBeside(sentence),
            SpeaksOfPairing: sentence.AsSpan().IndexOfAny(Lexicon.PairedComparison) >= 0);
}
