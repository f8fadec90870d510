using System.Collections.Immutable;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Linking;

/// <summary>What belongs together among the claims of one block: arms, totals, outcome pairs and differences.</summary>
internal sealed class BlockLinks
{
    internal BlockLinks(
        BlockClaims block,
        ImmutableArray<ProportionPair> proportionPairs,
        ImmutableArray<ArmSizeSet> armSizeSets,
        ImmutableArray<StatedTotal> totals,
        ImmutableArray<ValueDifference> valueDifferences,
        ImmutableArray<(string Arm, ProportionClaim Proportion)> armProportions)
    {
        Block = block;
        ProportionPairs = proportionPairs;
        ArmSizeSets = armSizeSets;
        Totals = totals;
        ValueDifferences = valueDifferences;
        ArmProportions = armProportions;
    }

    /// <summary>The block and its claims.</summary>
    internal BlockClaims Block { get; }

    /// <summary>Two-arm outcome pairs with explicit counts, each with the ratio estimates of its sentence.</summary>
    internal ImmutableArray<ProportionPair> ProportionPairs { get; }

    /// <summary>Arm sizes stated together.</summary>
    internal ImmutableArray<ArmSizeSet> ArmSizeSets { get; }

    /// <summary>Totals of people at a stage.</summary>
    internal ImmutableArray<StatedTotal> Totals { get; }

    /// <summary>Compared group values with the difference reported for them.</summary>
    internal ImmutableArray<ValueDifference> ValueDifferences { get; }

    /// <summary>Proportions with an explicit denominator whose arm is named, with the arm's key.</summary>
    internal ImmutableArray<(string Arm, ProportionClaim Proportion)> ArmProportions { get; }
}
