using System.Collections.Immutable;
using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Linking;

/// <summary>
/// Lends a group's stated size to the percentages of the same group in its block: "23 (46.9%) in the placebo
/// group" takes n = 35 from "placebo (n = 35)", its total marked <see cref="ProportionClaim.TotalFromContext"/>.
/// Groups are matched by <see cref="ArmKey.SizeKey"/>; a group stated with two different sizes (recruited,
/// analysed) lends none.
/// </summary>
internal static class GroupSizes
{
    /// <summary>The block's claims with the totals filled in (the same array when nothing changes).</summary>
    internal static ImmutableArray<Claim> Fill(ImmutableArray<Claim> claims)
    {
        Dictionary<string, CountClaim?>? sizes = null;
        ImmutableArray<Claim>.Builder? filled = null;
        for (int i = 0; i < claims.Length; i++)
        {
            if (claims[i] is ProportionClaim { Count: not null, Total: null, GroupLabel: { } label } proportion)
            {
                sizes ??= Collect(claims);
                if (sizes.TryGetValue(ArmKey.SizeKey(label), out var size) && size is not null)
                {
                    filled ??= claims.ToBuilder();
                    filled[i] = proportion with { Total = size.Count, TotalFromContext = true };
                }
            }
        }

        return filled is null ? claims : filled.ToImmutable();
    }

    private static Dictionary<string, CountClaim?> Collect(ImmutableArray<Claim> claims)
    {
        var sizes = new Dictionary<string, CountClaim?>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (claim is CountClaim { GroupLabel: { } label } count)
            {
                string key = ArmKey.SizeKey(label);
                // A group with two different sizes (recruited vs analysed) gives no context.
                sizes[key] = sizes.TryGetValue(key, out var known) && (known is null || known.Count.Value != count.Count.Value) ? null : count;
            }
        }

        return sizes;
    }
}
