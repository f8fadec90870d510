using System.Buffers;
using System.Collections.Frozen;
using System.Reflection;

namespace ClaimCheck.Lexicons;

/// <summary>
/// The vocabulary of every stage, kept as data files (embedded resources under Lexicons/), one list per idea, each loaded
/// once on first use. Lists whose case or order is itself the logic (abbreviations such as "OR" against "or", the
/// extractor's keyword grammar) stay in code beside the code that needs them, saying so.
/// </summary>
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

    /// <summary>The entries of the embedded list <paramref name="name"/> (a file under Lexicons/): one a line, trimmed, '#' lines and blank lines left out.</summary>
    internal static string[] Load(string name)
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
