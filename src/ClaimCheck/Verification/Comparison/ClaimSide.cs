using ClaimCheck.Documents;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Linking;
using ClaimCheck.Statistics;
using ClaimCheck.Text;

namespace ClaimCheck.Verification.Comparison;

/// <summary>The claims of one side of a comparison (a summary or its source), each with its sentence and the sentence's outcome terms.</summary>
internal sealed class ClaimSide
{
    /// <summary>A side of <paramref name="claims"/> in <paramref name="document"/>, and of <paramref name="allSentences"/> for the rules that read sentences whether or not they hold a number (CC4003's claim strength).</summary>
    internal ClaimSide(ThreadDocument document, IEnumerable<Claim> claims, IEnumerable<Sentence>? allSentences = null)
    {
        Document = document;
        var source = document.Source;
        Sentences = [.. (allSentences ?? []).Select(s => s.Span)];
        // One sentence's text and terms are made once for all its claims (and shared by their items):
        // a sentence of thousands of numbers must not be copied once per number.
        var sentences = new Dictionary<TextSpan, (string Text, HashSet<string> Terms, bool Subgroup)>();
        Items = claims.Select(c =>
        {
            if (!sentences.TryGetValue(c.SentenceSpan, out var sentence))
            {
                string text = source.ToString(c.SentenceSpan);
                sentences[c.SentenceSpan] = sentence = (text, OutcomeTerms.Of(text), document.SentenceAt(c.SentenceSpan)?.Has(CueKind.Subgroup) == true);
            }

            return new Item(c, sentence.Text, sentence.Terms, sentence.Subgroup);
        }).ToList();
    }

    /// <summary>A claim with its sentence, the sentence's outcome terms, and whether the sentence speaks of a subgroup ("in the subgroup of smokers").</summary>
    internal sealed record Item(Claim Claim, string Sentence, HashSet<string> Terms, bool Subgroup)
    {
        /// <summary>The quantity the claim states as a summary claim (<see cref="ComparedQuantities.Stated"/>), or null.</summary>
        internal Quantity? Stated { get; } = ComparedQuantities.StatedBy(Claim);
    }

    /// <summary>The side's segmented document.</summary>
    internal ThreadDocument Document { get; }

    internal SourceText Source => Document.Source;

    /// <summary>The text at <paramref name="span"/> of this side, to quote or to hand to the claim-strength model (never to match words).</summary>
    internal string Quote(TextSpan span) => Source.ToString(span);

    internal IReadOnlyList<Item> Items { get; }

    /// <summary>The spans of the side's sentences in reading order; empty when the side was made from claims alone.</summary>
    internal IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>True when two printed numbers can be the same value: their rounding intervals meet, in value or (for differences) in size.</summary>
    internal static bool Agree(ReportedNumber a, ReportedNumber b, bool signless)
    {
        if (Printed.Range(a).Overlaps(Printed.Range(b)))
        {
            return true;
        }

        if (!signless)
        {
            return false;
        }

        var negated = Printed.Range(b);
        return Printed.Range(a).Overlaps(new Statistics.Interval(-negated.Upper, -negated.Lower));
    }
}
