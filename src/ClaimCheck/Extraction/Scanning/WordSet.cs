using System.Collections.Frozen;

namespace ClaimCheck.Extraction.Scanning;

/// <summary>A fixed list of words, matched ignoring case with one hash lookup.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal WordSet(params string[] words)
        => _lookup = FrozenSet.ToFrozenSet(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when token <paramref name="i"/> of <paramref name="s"/> is one of the words.</summary>
    internal bool Contains(SentenceScan s, int i) => s.IsLatinWord(i) && _lookup.Contains(s.TextOf(i));
}
