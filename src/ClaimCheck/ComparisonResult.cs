using System.Collections.Immutable;
using ClaimCheck.Diagnostics;

namespace ClaimCheck;

/// <summary>
/// A summary checked against its source: each side's own result, and the CC4001–CC4003 findings of the
/// comparison (located in the summary; additional locations point into the source). Immutable and thread-safe.
/// </summary>
/// <param name="Summary">The summary's own check.</param>
/// <param name="Source">The source's own check.</param>
/// <param name="Findings">The comparison's findings in the summary's text order.</param>
public sealed record ComparisonResult(CheckResult Summary, CheckResult Source, ImmutableArray<Finding> Findings);
