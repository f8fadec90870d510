namespace ClaimCheck.Linking;

/// <summary>Whether a sentence declares one-sided (one-tailed, directional) tests, which halve a two-sided p.</summary>
internal static class OneSidedTests
{
    private static readonly string[] Words = ["one-sided", "one sided", "one-tailed", "one tailed", "directional"];

    /// <summary>True when <paramref name="sentence"/> says its tests are one-sided, one-tailed or directional.</summary>
    internal static bool Declared(string sentence) => Words.Any(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase));
}
