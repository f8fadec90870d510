using ClaimCheck.Statistics;
using ClaimCheck.Text;

namespace ClaimCheck.Linking;

/// <summary>
/// One value a relative change or an NNT may derive from: a percentage or a proportion k/n of one arm (in percent),
/// or a count of events; with the interval the printed value stands for.
/// </summary>
/// <param name="Text">The value as printed ("36", "2.0%", "23/49").</param>
/// <param name="Span">Where it stands.</param>
/// <param name="Range">The values it stands for (a percent in percent units; a k/n exactly, times 100).</param>
/// <param name="IsShare">True for a percentage or proportion; false for a count of events.</param>
internal sealed record BasisValue(string Text, TextSpan Span, Interval Range, bool IsShare);
