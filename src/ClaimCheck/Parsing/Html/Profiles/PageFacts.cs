using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>
/// What the thread detector needs to know of every visible element, computed in two linear passes: its
/// shape (tag and classes), the amount of its visible text and of its prose (text outside links, names and
/// dates), and how many author and date elements it holds.
/// </summary>
internal sealed class PageFacts
{
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "font", "i", "img", "kbd", "label", "mark", "q", "s", "small",
        "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "br", "html", "body", "main", "head", "td", "th", "tbody", "thead", "ul", "ol",
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "dl", "dd", "dt",
    };

    /// <summary>A numeric date: 2024-4-5, 2024/04/05, 2024年4月5日, 05.04.2024, 4/5/24.</summary>
    private static readonly Regex NumericDate = new(@"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Post-id attributes: post_123, p123, comment-45, reply_9, answer-7, msg12.</summary>
    private static readonly Regex PostId = new(@"^(post|p|comment|reply|answer|entry|msg|message|pid|thread)[-_]?\d+$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly Dictionary<IElement, int> _index = new(ReferenceEqualityComparer.Instance);
    private bool[] _isAuthor = [];
    private bool[] _isDate = [];

    private PageFacts()
    {
    }

    /// <summary>The visible elements in document order.</summary>
    internal List<IElement> Elements { get; } = [];

    /// <summary>Per element: its tag and classes (digits dropped), or for an element without classes its tag under its parent's shape.</summary>
    internal string[] Shape { get; private set; } = [];

    /// <summary>Per element: the number of visible non-space characters under it.</summary>
    internal int[] Text { get; private set; } = [];

    /// <summary>Per element: the non-space characters under it outside links and author and date elements.</summary>
    internal int[] Prose { get; private set; } = [];

    /// <summary>Per element: the author elements under it (itself included).</summary>
    internal int[] Authors { get; private set; } = [];

    /// <summary>Per element: the date elements under it (itself included).</summary>
    internal int[] Dates { get; private set; } = [];

    /// <summary>Per element: its depth below the document.</summary>
    internal int[] Depth { get; private set; } = [];

    internal static PageFacts Read(IDocument document)
    {
        var facts = new PageFacts();
        foreach (var element in Dom.Descendants(document, e => !Dom.IsInvisible(e)))
        {
            if (!Dom.IsInvisible(element) && (element.ParentElement is null || element.ParentElement.LocalName == "html" || facts._index.ContainsKey(element.ParentElement)))
            {
                facts._index[element] = facts.Elements.Count;
                facts.Elements.Add(element);
            }
        }

        facts.Compute();
        return facts;
    }

    /// <summary>The element's index in <see cref="Elements"/>, or -1 for an invisible one.</summary>
    internal int IndexOf(IElement element) => _index.GetValueOrDefault(element, -1);

    /// <summary>True when the element names an author (a profile link, a name element).</summary>
    internal bool IsAuthor(int index) => _isAuthor[index];

    /// <summary>True when the element gives a date.</summary>
    internal bool IsDate(int index) => _isDate[index];

    /// <summary>True for an element that may be a post: a block, list item, table row or custom element, not the page's frame.</summary>
    internal bool CanBeUnit(int index)
    {
        string name = Elements[index].LocalName;
        return !Inline.Contains(name) && (Dom.IsBlockLevel(Elements[index]) || name is "li" or "tr" || name.Contains('-', StringComparison.Ordinal));
    }

    /// <summary>True when the element has an author, a date and some prose, and is not mostly links.</summary>
    internal bool LooksLikePost(int index) => Authors[index] > 0 && Dates[index] > 0 && Prose[index] > 0 && Prose[index] * 4 >= Text[index];

    /// <summary>
    /// True when the element has an author, a date and a block of words of its own (text outside its byline: no name or
    /// date in it), however much of the element is links: a reply of a few words ("yo"), not a byline over a link.
    /// </summary>
    internal bool IsShortReply(int index)
    {
        if (Authors[index] == 0 || Dates[index] == 0 || Prose[index] == 0)
        {
            return false;
        }

        foreach (var element in Dom.Descendants(Elements[index]))
        {
            if (IndexOf(element) is int i && i >= 0 && Prose[i] > 0 && Authors[i] == 0 && Dates[i] == 0 && Dom.IsBlockLevel(element))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Per element, its prose without that of <paramref name="excluded"/> elements under it (nested posts) and of chrome.</summary>
    internal Dictionary<IElement, int> ProseWithout(HashSet<IElement> excluded)
    {
        var prose = new int[Elements.Count];
        var result = new Dictionary<IElement, int>(Elements.Count, ReferenceEqualityComparer.Instance);
        var own = OwnText();
        for (int i = Elements.Count - 1; i >= 0; i--)
        {
            var element = Elements[i];
            prose[i] += own[i];
            if (element.LocalName == "a" || _isAuthor[i] || _isDate[i])
            {
                prose[i] = 0;
            }

            result[element] = prose[i];
            if (element.ParentElement is { } parent && _index.TryGetValue(parent, out int p) && !excluded.Contains(element) && !StructureProfile.IsChromeClass(element) && !IsUserPanel(i))
            {
                prose[p] += prose[i];
            }
        }

        return result;
    }

    /// <summary>True for a short element of a member panel: its own text is "Joined: …", "Posts: 40", "Location: …".</summary>
    internal bool IsUserPanel(int index)
    {
        if (index < 0 || Text[index] > 120)
        {
            return false;
        }

        foreach (var node in Elements[index].ChildNodes)
        {
            if (node is not IText text)
            {
                continue;
            }

            var line = text.Data.AsSpan().Trim();
            int colon = line.IndexOfAny(':', '：');
            if (colon <= 0)
            {
                continue;
            }

            var label = line[..colon].TrimEnd();
            foreach (string known in Lexicon.UserPanelLabels)
            {
                if (label.Equals(known, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True for a link to a member's profile.</summary>
    internal static bool IsProfileLink(IElement element)
    {
        if (element.GetAttribute("href") is not { } href)
        {
            return false;
        }

        foreach (string part in Lexicon.ProfileLinkParts)
        {
            if (href.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void Compute()
    {
        int n = Elements.Count;
        Shape = new string[n];
        Text = new int[n];
        Prose = new int[n];
        Authors = new int[n];
        Dates = new int[n];
        Depth = new int[n];
        _isAuthor = new bool[n];
        _isDate = new bool[n];
        var shape = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            var element = Elements[i];
            int parent = element.ParentElement is { } p ? IndexOf(p) : -1;
            Depth[i] = parent < 0 ? 0 : Depth[parent] + 1;
            shape.Clear().Append(element.LocalName);
            if (HasPostId(element))
            {
                // Posts numbered by id are one unit whatever their classes (the first post often has one more).
                shape.Append("#post");
            }
            else if (element.ClassList.Length == 0 && element.LocalName.Contains('-', StringComparison.Ordinal))
            {
                // A custom element's name says what it is, as a class would: a comment nested in a comment is still a comment.
            }
            else if (element.ClassList.Length == 0)
            {
                shape.Append('<').Append(parent < 0 ? string.Empty : Shape[parent]);
            }
            else
            {
                foreach (string name in element.ClassList.OrderBy(c => c, StringComparer.Ordinal))
                {
                    shape.Append('.');
                    foreach (char c in name)
                    {
                        if (!char.IsAsciiDigit(c))
                        {
                            shape.Append(c);
                        }
                    }
                }
            }

            Shape[i] = shape.ToString();
        }

        var own = OwnText();
        var avatarNames = AvatarNames();
        for (int i = n - 1; i >= 0; i--)
        {
            var element = Elements[i];
            Text[i] += own[i];
            Prose[i] += own[i];
            bool link = element.LocalName == "a";
            _isAuthor[i] = Text[i] is > 0 and <= 80 && (link ? IsProfileLink(element) : (IsAuthorElement(element) || IsNamedByAvatar(element, avatarNames)) && !IsCounterLabel(element));
            _isDate[i] = !_isAuthor[i] && (element.LocalName == "time" || element.HasAttribute("datetime") || IsDateProp(element)
                || (Text[i] is > 0 and <= 60 && (ClassHasPart(element, Lexicon.DateClassParts) || OwnTextIsDate(element))));
            if (link || _isAuthor[i] || _isDate[i])
            {
                Prose[i] = 0;
            }

            Authors[i] += _isAuthor[i] ? 1 : 0;
            Dates[i] += _isDate[i] ? 1 : 0;
            if (element.ParentElement is { } parent && _index.TryGetValue(parent, out int p))
            {
                Text[p] += Text[i];
                Prose[p] += Prose[i];
                Authors[p] += Authors[i];
                Dates[p] += Dates[i];
            }
        }
    }

    /// <summary>The alt texts of the images small enough to be avatars (declared 100 pixels or less, or avatar-classed).</summary>
    private HashSet<string> AvatarNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in Elements)
        {
            if (element.LocalName == "img" && element.GetAttribute("alt")?.Trim() is { Length: > 0 and <= 60 } alt
                && (IsSmall(element.GetAttribute("width")) || IsSmall(element.GetAttribute("height")) || ClassHasPart(element, ["avatar"])))
            {
                names.Add(alt);
            }
        }

        return names;
    }

    private static bool IsSmall(string? size)
        => size is not null && double.TryParse(size.AsSpan().TrimEnd("px"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double pixels)
           && pixels is > 0 and <= 100;

    /// <summary>
    /// True for a bare name beside an avatar: an element of text alone (an empty badge may sit in it; no link around it) that is the alt text
    /// of an avatar image within its three nearest ancestors, as a byline that prints the member's name without a link or
    /// a name class does.
    /// </summary>
    private static bool IsNamedByAvatar(IElement element, HashSet<string> avatarNames)
    {
        if (avatarNames.Count == 0 || element.TextContent.Trim() is not { Length: > 0 } text || !avatarNames.Contains(text)
            || element.Children.Any(c => !string.IsNullOrWhiteSpace(c.TextContent)))
        {
            return false;
        }

        var up = element.ParentElement;
        for (var a = up; a is not null; a = a.ParentElement)
        {
            if (a.LocalName == "a")
            {
                return false;
            }
        }

        for (int level = 0; level < 3 && up is not null; level++, up = up.ParentElement)
        {
            if (Dom.First(up, e => e.LocalName == "img" && e.GetAttribute("alt")?.Trim() == text) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPostId(IElement element)
    {
        if (element.Id is { Length: > 1 } id && PostId.IsMatch(id))
        {
            return true;
        }

        foreach (string attribute in Lexicon.PostIdAttributes)
        {
            if (element.HasAttribute(attribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the element's own text is a date: a numeric one, or a number with a date word ("2 years ago", "10月前").</summary>
    private static bool OwnTextIsDate(IElement element)
    {
        foreach (var node in element.ChildNodes)
        {
            if (node is not IText { Data: var raw } || raw.AsSpan().Trim() is not { Length: <= 60 } trimmed || !trimmed.ContainsAnyInRange('0', '9'))
            {
                continue;
            }

            string data = trimmed.ToString();

            if (NumericDate.IsMatch(data))
            {
                return true;
            }

            foreach (string word in Lexicon.DateWords)
            {
                if (data.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True for the label of a counter ("Followers" beside "46"): a name-classed element paired alone with a number.</summary>
    private static bool IsCounterLabel(IElement element)
        => element.ParentElement is { ChildElementCount: 2 } && (IsNumber(element.NextElementSibling) || IsNumber(element.PreviousElementSibling));

    private static bool IsNumber(IElement? element)
    {
        if (element is null || Dom.Text(element) is not { Length: <= 12 } text || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c) && c is not (',' or '.' or ' ' or 'K' or 'k' or 'M' or '万' or '+'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True for an element that names a member. A class that names a title too ("author-title", "AnswerAuthor-title")
    /// marks a member's rank or a card's heading ("About the author"), not the name; one that names a category, tag or
    /// forum ("thread-cat-name") holds a thing's name (thing-name-class-parts.txt).
    /// </summary>
    private static bool IsAuthorElement(IElement element)
        => element.GetAttribute("itemprop") is "author" or "creator"
           || element.GetAttribute("rel") == "author"
           || (ClassHasPart(element, Lexicon.AuthorClassParts) && !ClassHasPart(element, Lexicon.ThingNameClassParts));

    /// <summary>True for a badge, group tag, avatar or rank beside a name (not-name-class-parts.txt) whose class does not name a member too.</summary>
    internal static bool IsBesideName(IElement element) => ClassHasPart(element, Lexicon.NotNameClassParts) && !ClassHasPart(element, Lexicon.AuthorClassParts);

    private static bool IsDateProp(IElement element)
        => element.GetAttribute("itemprop") is "datePublished" or "dateCreated" or "uploadDate";

    private static bool ClassHasPart(IElement element, IReadOnlyList<string> parts)
    {
        if (element.GetAttribute("class") is not { } classes)
        {
            return false;
        }

        foreach (string part in parts)
        {
            if (classes.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Per element, the non-space characters of its own text nodes.</summary>
    private int[] OwnText()
    {
        var own = new int[Elements.Count];
        for (int i = 0; i < Elements.Count; i++)
        {
            foreach (var node in Elements[i].ChildNodes)
            {
                if (node is IText text)
                {
                    own[i] += CountVisible(text.Data);
                }
            }
        }

        return own;
    }

    private static int CountVisible(string data)
    {
        int count = 0;
        foreach (char c in data)
        {
            count += char.IsWhiteSpace(c) ? 0 : 1;
        }

        return count;
    }
}
