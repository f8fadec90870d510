using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Text;

namespace ClaimCheck.Linking;

/// <summary>
/// What Linking found in one document, computed once by <see cref="Linker.Link"/> and read by every rule: the
/// claims with group sizes lent to percentages, each block's links, the sound estimates, the facts the words of
/// each sentence with claims state, and the n each mean is taken over (a percentage's n is its claim's own: "47.5% of 49 patients"). Immutable.
/// </summary>
internal sealed class ClaimLinks
{
    private readonly FrozenDictionary<TextSpan, SentenceFacts> _sentences;
    private readonly FrozenDictionary<TextSpan, ReportedNumber> _wholeNumberSizes;

    internal ClaimLinks(
        ExtractionResult extraction,
        ImmutableArray<BlockLinks> blocks,
        ImmutableArray<Estimate> estimates,
        bool declaresOneSidedTests,
        FrozenDictionary<TextSpan, SentenceFacts> sentences,
        FrozenDictionary<TextSpan, ReportedNumber> wholeNumberSizes)
    {
        Extraction = extraction;
        Blocks = blocks;
        Estimates = estimates;
        DeclaresOneSidedTests = declaresOneSidedTests;
        _sentences = sentences;
        _wholeNumberSizes = wholeNumberSizes;
    }

    /// <summary>The claims by block, with each group's stated size lent to its percentages (<see cref="GroupSizes"/>).</summary>
    internal ExtractionResult Extraction { get; }

    /// <summary>Each block's links, in block order.</summary>
    internal ImmutableArray<BlockLinks> Blocks { get; }

    /// <summary>The document's estimates whose reading is sound enough to check, in text order.</summary>
    internal ImmutableArray<Estimate> Estimates { get; }

    /// <summary>Arm pairs of proportions with the p-value their sentence gives for them (<see cref="PairedTests"/>).</summary>
    internal ImmutableArray<TestedProportionPair> TestedProportionPairs { get; init; } = [];

    /// <summary>Two group means, each with its n, with the p-value their sentence gives for them (<see cref="PairedTests"/>).</summary>
    internal ImmutableArray<MeanPair> MeanPairs { get; init; } = [];

    /// <summary>Every relative change and named risk quantity with the numbers it may derive from.</summary>
    internal ImmutableArray<ChangeBasis> ChangeBases { get; init; } = [];

    /// <summary>True when the text declares one-sided (one-tailed, directional) tests anywhere.</summary>
    internal bool DeclaresOneSidedTests { get; }

    /// <summary>True when the text says anywhere that its p-values were corrected for multiple comparisons (<see cref="MultiplicityCorrection"/>).</summary>
    internal bool DeclaresCorrectedPValues { get; init; }

    /// <summary>
    /// True when the text declares a paired design for the whole trial anywhere (Lexicons/paired-design.txt: "crossover
    /// trial", "served as their own control"): its arms are the same people.
    /// </summary>
    internal bool DeclaresPairedDesign { get; init; }

    /// <summary>The word facts of the sentence at <paramref name="sentence"/>; <see cref="SentenceFacts.None"/> for a span without claims.</summary>
    internal SentenceFacts Sentence(TextSpan sentence) => _sentences.GetValueOrDefault(sentence, SentenceFacts.None);

    /// <summary>
    /// For a sentence holding a mean, its one group size ("n = …") when the sentence says the data are whole
    /// numbers; else null. GRIM and GRIMMER apply only then.
    /// </summary>
    internal ReportedNumber? WholeNumberSize(TextSpan sentence) => _wholeNumberSizes.TryGetValue(sentence, out var n) ? n : null;
}
