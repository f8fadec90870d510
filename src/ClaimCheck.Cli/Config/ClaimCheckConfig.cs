using System.Collections.Immutable;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Cli.Config;

/// <summary>
/// One <c>claimcheck.json</c> as read and validated (docs/config.md, schema docs/claimcheck.schema.json).
/// Every member is null or empty when the file does not set it; the command line overrides what it sets.
/// </summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Rules">Severity per rule id (null: off), as the catalogue spells the id.</param>
/// <param name="Alpha">The significance level, in (0, 1).</param>
/// <param name="Sided">The default sidedness of tests the text does not declare.</param>
/// <param name="Include">Globs, relative to the file's folder, that files found in folders must match.</param>
/// <param name="Exclude">Globs, relative to the file's folder, of files found in folders that are skipped.</param>
/// <param name="Formats">The reports to write when the command line names no <c>--format</c>; outputs relative to the file's folder.</param>
internal sealed record ClaimCheckConfig(
    string Path,
    ImmutableDictionary<string, Severity?> Rules,
    double? Alpha,
    Sidedness? Sided,
    ImmutableArray<string> Include,
    ImmutableArray<string> Exclude,
    ImmutableArray<ReportTarget> Formats)
{
    /// <summary>The file name looked for, from each checked path upward.</summary>
    internal const string FileName = "claimcheck.json";

    /// <summary>The folder the file is in, which its globs and outputs are relative to.</summary>
    internal string Folder => System.IO.Path.GetDirectoryName(Path)!;
}
