namespace ClaimCheck.Extraction.Scanning;

/// <summary>Helpers for keywords at the end of a run of CJK characters ("差异为" before "-10.8%").</summary>
internal static class CjkKeyword
{
    /// <summary>Drops a trailing copula ("为", "是") so that "差异为" ends with "差异".</summary>
    internal static ReadOnlySpan<char> TrimCopula(ReadOnlySpan<char> word)
        => word.Length > 1 && word[^1] is '为' or '是' ? word[..^1] : word;
}
