using System.Buffers;
using System.Collections.Frozen;
using System.Reflection;

namespace ClaimCheck.Parsing;

/// <summary>Word lists kept as data files (embedded resources under Parsing/Lexicons), loaded once.</summary>
internal static class Lexicon
{
    private static readonly Lazy<FrozenSet<string>> SectionHeadingSet = new(() => Load("section-headings.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<SearchValues<string>> ChromePhraseSearch = new(() => SearchValues.Create(Load("chrome-phrases.txt"), StringComparison.OrdinalIgnoreCase));
    private static readonly Lazy<FrozenSet<string>> EndMarkerSet = new(() => Load("end-markers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Section headings of structured abstracts ("results", "materials and methods").</summary>
    internal static FrozenSet<string> SectionHeadings => SectionHeadingSet.Value;

    /// <summary>Substrings that mark a line as chrome (consent banners, copyright), as one case-insensitive multi-string search: one pass over a line for all of them.</summary>
    internal static SearchValues<string> ChromePhraseSearchValues => ChromePhraseSearch.Value;

    /// <summary>Short lines that start the chrome below an article ("similar articles", "comments").</summary>
    internal static FrozenSet<string> EndMarkers => EndMarkerSet.Value;

    private static string[] Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ClaimCheck.Lexicons." + name)
            ?? throw new InvalidOperationException($"Embedded lexicon {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                entries.Add(line.Trim());
            }
        }

        return [.. entries];
    }
}
