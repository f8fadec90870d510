using System.Collections.Immutable;
using ClaimCheck.Documents;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>The claims of one block, with the post and block they came from. Immutable.</summary>
/// <param name="PostIndex">The 1-based index of the post (<see cref="Post.Index"/>); 1 for raw text.</param>
/// <param name="BlockIndex">The 0-based index of the block within its post.</param>
/// <param name="Block">The block, or null for raw text given to <see cref="ClaimExtractor.ExtractFromText"/>.</param>
/// <param name="Span">The block's span in the source text (the whole text for raw text).</param>
/// <param name="Claims">The block's claims ordered by span start (a longer claim first when two start together); empty when none.</param>
public sealed record BlockClaims(int PostIndex, int BlockIndex, Block? Block, TextSpan Span, ImmutableArray<Claim> Claims);
