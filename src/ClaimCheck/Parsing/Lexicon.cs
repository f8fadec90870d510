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

    private static readonly Lazy<string[]> QuoteHeaderForms = new(() => Load("quote-headers.txt"));
    private static readonly Lazy<string[]> ProfileLinkPartList = new(() => Load("profile-link-parts.txt"));
    private static readonly Lazy<string[]> AuthorClassPartList = new(() => Load("author-class-parts.txt"));
    private static readonly Lazy<string[]> DateClassPartList = new(() => Load("date-class-parts.txt"));
    private static readonly Lazy<string[]> PostChromeClassPartList = new(() => Load("post-chrome-class-parts.txt"));
    private static readonly Lazy<FrozenSet<string>> DiscussionTypeSet = new(() => Load("discussion-types.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<string[]> DateWordList = new(() => Load("date-words.txt"));
    private static readonly Lazy<string[]> UserPanelLabelList = new(() => Load("user-panel-labels.txt"));
    private static readonly Lazy<FrozenSet<string>> PostTypeSet = new(() => Load("post-types.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<string[]> DiscussionWordList = new(() => Load("forum-generators.txt"));

    /// <summary>Quote headers of forum software ("{name} wrote:", "Originally Posted by {name}", "Quote:"); {name} stands for the quoted member.</summary>
    internal static IReadOnlyList<string> QuoteHeaders => QuoteHeaderForms.Value;

    /// <summary>Parts of a link's address that mark a member's profile ("/members/", "mod=viewprofile").</summary>
    internal static IReadOnlyList<string> ProfileLinkParts => ProfileLinkPartList.Value;

    /// <summary>Parts of class names that mark the element naming a post's author ("username", "poster").</summary>
    internal static IReadOnlyList<string> AuthorClassParts => AuthorClassPartList.Value;

    /// <summary>Parts of class names that mark the element giving a post's date ("date", "posted").</summary>
    internal static IReadOnlyList<string> DateClassParts => DateClassPartList.Value;

    /// <summary>Parts of class names that mark chrome inside a post (signatures, user panels, reactions, share bars).</summary>
    internal static IReadOnlyList<string> PostChromeClassParts => PostChromeClassPartList.Value;

    /// <summary>Words of a relative or labelled date beside a number ("ago", "前").</summary>
    internal static IReadOnlyList<string> DateWords => DateWordList.Value;

    /// <summary>Labels of the member panel beside a post ("Joined", "Posts", "Location").</summary>
    internal static IReadOnlyList<string> UserPanelLabels => UserPanelLabelList.Value;

    /// <summary>schema.org types of which each element is one post ("Comment", "Answer").</summary>
    internal static FrozenSet<string> PostTypes => PostTypeSet.Value;

    /// <summary>schema.org types of a discussion and its posts ("DiscussionForumPosting", "Answer").</summary>
    internal static FrozenSet<string> DiscussionTypes => DiscussionTypeSet.Value;

    /// <summary>Words of a generator tag or address that say a page is a discussion ("phpbb", "/thread/").</summary>
    internal static IReadOnlyList<string> DiscussionWords => DiscussionWordList.Value;

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
