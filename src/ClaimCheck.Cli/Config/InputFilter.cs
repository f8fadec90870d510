using Microsoft.Extensions.FileSystemGlobbing;

namespace ClaimCheck.Cli.Config;

/// <summary>
/// Applies the <c>include</c> and <c>exclude</c> globs of each file's <c>claimcheck.json</c> to the files
/// found in folders (a file named on the command line is always checked, as it is whatever its extension).
/// Globs are relative to the configuration's folder, matched by Microsoft.Extensions.FileSystemGlobbing
/// (<c>*</c> within a name, <c>**</c> across folders, case-sensitive); <c>include</c> narrows the pages a
/// folder yields, <c>exclude</c> removes from them; what they drop is counted as skipped.
/// </summary>
internal static class InputFilter
{
    /// <summary>The inputs to check and how many found in folders the globs dropped.</summary>
    internal static (List<InputItem> Items, int Skipped) Apply(IReadOnlyList<InputItem> items, IEnumerable<string> arguments, ConfigLoader configs)
    {
        var named = arguments.Where(a => a != InputItem.StdinArgument && !Directory.Exists(a)).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var matchers = new Dictionary<string, Matcher?>(StringComparer.Ordinal);
        var kept = new List<InputItem>(items.Count);
        int skipped = 0;
        foreach (var item in items)
        {
            if (item.IsStdin)
            {
                kept.Add(item);
                continue;
            }

            string full = Path.GetFullPath(item.Path);
            var config = configs.For(full);
            if (named.Contains(full) || config is null || (config.Include.IsEmpty && config.Exclude.IsEmpty))
            {
                kept.Add(item);
                continue;
            }

            if (!matchers.TryGetValue(config.Path, out var matcher))
            {
                matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddIncludePatterns(config.Include.IsEmpty ? ["**/*"] : config.Include);
                matcher.AddExcludePatterns(config.Exclude);
                matchers.Add(config.Path, matcher);
            }

            if (matcher!.Match(config.Folder, full).HasMatches)
            {
                kept.Add(item);
            }
            else
            {
                skipped++;
            }
        }

        return (kept, skipped);
    }
}
