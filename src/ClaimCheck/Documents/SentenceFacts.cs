using System.Collections.Immutable;

namespace ClaimCheck.Documents;

/// <summary>
/// The Segmenting stage's facts for the sentences of one block, worked out on first use and kept: the role model runs
/// only for a block whose roles someone asks for, and a sentence is cut into clauses once. Implemented by
/// Segmenting (Documents does not depend on it).
/// </summary>
internal abstract class SentenceFacts
{
    /// <summary>The role of sentence <paramref name="index"/> of the block, or null.</summary>
    internal abstract SentenceRole? RoleOf(int index);

    /// <summary>The clauses of sentence <paramref name="index"/> of the block (<paramref name="sentence"/>).</summary>
    internal abstract ImmutableArray<Clause> ClausesOf(int index, Sentence sentence);
}
