using ClaimCheck.Diagnostics;

namespace ClaimCheck.Reporting.Html;

/// <summary>One highlightable location of a finding: its span [Start, End) in the source text.</summary>
/// <param name="Start">First offset.</param>
/// <param name="End">Offset past the end.</param>
/// <param name="Number">The finding's number in the report (1-based).</param>
/// <param name="Location">0 for the primary location, then the additional ones in order.</param>
/// <param name="Finding">The finding.</param>
/// <param name="Ordinal">The piece's position in its <see cref="PieceIndex"/>.</param>
internal readonly record struct Piece(int Start, int End, int Number, int Location, Finding Finding, int Ordinal);
