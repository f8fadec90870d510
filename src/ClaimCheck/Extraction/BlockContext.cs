using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Extraction;

/// <summary>Context read across the sentences of one block.</summary>
internal static class BlockContext
{
    /// <summary>
    /// Gives "23 (46.9%) in the placebo group" the group's size when the block states it once for a
    /// group of the same name ("placebo (n = 35)"); the total is marked as taken from context.
    /// Groups named more than once with different sizes are left alone.
    /// </summary>
    internal static void FillTotalsFromGroupSizes(List<Claim> claims)
    {
        Dictionary<string, CountClaim?>? sizes = null;
        for (int i = 0; i < claims.Count; i++)
        {
            if (claims[i] is ProportionClaim { Count: not null, Total: null, GroupLabel: { } label } proportion)
            {
                sizes ??= CollectSizes(claims);
                if (sizes.TryGetValue(Normalize(label), out var size) && size is not null)
                {
                    claims[i] = proportion with { Total = size.Count, TotalFromContext = true };
                }
            }
        }
    }

    private static Dictionary<string, CountClaim?> CollectSizes(List<Claim> claims)
    {
        var sizes = new Dictionary<string, CountClaim?>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (claim is CountClaim { GroupLabel: { } label } count)
            {
                string key = Normalize(label);
                // A group with two different sizes (recruited vs analysed) gives no context.
                sizes[key] = sizes.TryGetValue(key, out var known) && (known is null || known.Count.Value != count.Count.Value) ? null : count;
            }
        }

        return sizes;
    }

    private static string Normalize(string label)
    {
        string key = label.Trim().ToLowerInvariant();
        foreach (var suffix in (ReadOnlySpan<string>)[" groups", " group", " arm", " arms", " cohort"])
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                key = key[..^suffix.Length];
                break;
            }
        }

        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
