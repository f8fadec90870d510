using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Text;

namespace ClaimCheck;

/// <summary>
/// One part of a large plain-text or HTML input checked in parts (<see cref="ClaimPipeline.CheckInParts(TextReader, string?, int)"/>):
/// the part's own <see cref="Result"/> and its findings placed in the whole input. Immutable and thread-safe.
/// </summary>
public sealed class CheckedPart
{
    internal CheckedPart(int index, int start, CheckResult result)
    {
        Index = index;
        Start = start;
        Result = result;
        Findings = [.. result.Findings.Select(f => f with { Location = InWhole(f.Location), AdditionalLocations = [.. f.AdditionalLocations.Select(InWhole)] })];
    }

    /// <summary>The part's place among the parts, from 0.</summary>
    public int Index { get; }

    /// <summary>The offset of the part's first character in the whole input's text, in UTF-16 code units (for HTML, in the parts' texts one after another).</summary>
    public int Start { get; }

    /// <summary>
    /// The part checked on its own. Its document's source text is the part's text, and every span in it (blocks,
    /// sentences, claims, findings) is an offset into that text; the line and column of every position (a finding's
    /// <see cref="Location.Position"/>, <see cref="SourceText.GetLinePosition(int)"/>) are already the whole input's.
    /// A failed result (no document, CC9002) is the whole input's refusal.
    /// </summary>
    public CheckResult Result { get; }

    /// <summary>
    /// The part's findings as the whole input's check places them: each span moved by <see cref="Start"/>, so that it
    /// indexes the whole input's text; text, line and column as in <see cref="Result"/>. A finding about the whole
    /// input (an empty span at 0 with no text: CC9002, CC9003, CC9008) is left as it is.
    /// </summary>
    public ImmutableArray<Finding> Findings { get; }

    private Location InWhole(Location location)
        => Start == 0 || (location.Span.IsEmpty && location.Text.Length == 0) ? location : location with { Span = new TextSpan(Start + location.Span.Start, location.Span.Length) };
}
