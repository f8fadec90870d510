using System.Text.RegularExpressions;

namespace ClaimCheck.Linking;

/// <summary>Whether a text declares one-sided (one-tailed, directional) tests, which halve a two-sided p.</summary>
internal static partial class OneSidedTests
{
    /// <summary>
    /// True when <paramref name="text"/> says its tests are one-sided ("one-tailed", "1-tailed", "one sided") or
    /// directional ("directional test", "directional hypothesis"); a bare "directional" ("directional reflections",
    /// "bidirectional") says nothing about a test.
    /// </summary>
    internal static bool Declared(string text) => Declaration().IsMatch(text);

    /// <summary>
    /// True when the sentence of a result declares one-sided tests, where a bare "directional" counts too
    /// ("t(28) = 2.20, p = .018, directional", as statcheck reads it).
    /// </summary>
    internal static bool DeclaredBeside(string sentence) => Declared(sentence) || BareDirectional().IsMatch(sentence);

    [GeneratedRegex(@"(?<![\p{L}-])directional\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareDirectional();

    [GeneratedRegex(@"\b(?:one|1|single)[- ]?(?:sided|tailed)\b|(?<![\p{L}-])directional\s+(?:tests?|testing|hypothes[ie]s|alternatives?|significance)\b|\bhypothes[ie]s\s+(?:was|were)\s+directional\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();
}
