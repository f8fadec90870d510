using AngleSharp.Dom;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>
/// Finds the posts of a discussion page by its structure, whatever software made it: schema.org microdata
/// posts (<c>DiscussionForumPosting</c>, <c>Comment</c>, <c>Answer</c>, <c>Question</c>), else the repeating
/// unit of the page — elements of one shape (tag and classes) each holding an author (a profile link or a
/// name element), a date (<c>&lt;time&gt;</c>, a datetime attribute or a date element) and prose. An opening
/// post of another shape just before the first unit (a topic above its replies) is taken too. Inside a
/// post, the body is the part that holds most of its prose; quotes are <c>&lt;blockquote&gt;</c> and
/// quote-classed blocks, their member read from data attributes or a header ("X wrote:", "Quote from: X").
/// One instance per page: it knows the page's posts, bylines and quote headers.
/// </summary>
internal sealed class StructureProfile : HtmlProfile
{
    /// <summary>A unit's mean prose (characters outside links, names and dates) below which a repeating shape is not posts.</summary>
    private const int MinMeanProse = 20;

    /// <summary>How much of its parent's prose a child must hold to be taken as the body instead of the parent.</summary>
    private const double BodyShare = 0.7;

    /// <summary>The longest text a quote header, name or date element has.</summary>
    private const int MaxLabel = 160;

    private readonly PageFacts _facts;
    private readonly HashSet<IElement> _units = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IElement> _bylines = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IElement> _quoteHeaders = new(ReferenceEqualityComparer.Instance);
    private PageExtraction _page = new(null, null, []);
    private bool _microdataAuthors;

    private StructureProfile(PageFacts facts) => _facts = facts;

    /// <summary>The profile of a page whose posts its structure shows, or null when it shows none.</summary>
    internal static StructureProfile? Detect(IDocument document)
    {
        var facts = PageFacts.Read(document);
        var profile = new StructureProfile(facts);
        var units = MicrodataPosts(facts);
        bool microdata = units.Count > 0;
        if (!microdata)
        {
            units = RepeatingUnits(facts);
        }

        if (units.Count == 0)
        {
            return null;
        }

        profile._units.UnionWith(units);
        // When the microdata names the members of its posts, a post's member is the one it names: not an
        // editor's link before it, nor an "about the author" card beside it.
        profile._microdataAuthors = microdata && units.Any(u => profile.MicrodataAuthor(u) is not null);
        var prose = facts.ProseWithout(profile._units);
        var posts = new List<PostSource>();
        // A Q&A page or forum whose microdata marks its opening post needs no opening post of another shape.
        if (!(microdata && IsOpeningType(units[0])) && profile.LeadPost(units[0], prose) is { } lead)
        {
            posts.Add(lead);
        }

        foreach (var unit in units)
        {
            posts.Add(profile.Read(unit, prose, microdata));
        }

        string? title = Dom.Text(Dom.First(document, e => e.LocalName == "h1")) ?? PageTitle(document);
        profile._page = new PageExtraction(title, null, posts);
        return profile;
    }

    internal override bool Matches(PageSignals signals) => true;

    internal override PageExtraction Extract(IDocument document) => _page;

    internal override bool IsChrome(IElement element)
    {
        if (_units.Contains(element) || _bylines.Contains(element) || _quoteHeaders.Contains(element))
        {
            return true;
        }

        if (element.LocalName is "nav" or "form" or "footer" || element.GetAttribute("role") is "navigation" or "toolbar" or "menu" or "menubar")
        {
            return true;
        }

        if (IsChromeClass(element) || _facts.IsUserPanel(_facts.IndexOf(element)))
        {
            return true;
        }

        // A header line just before a quote ("X wrote:" above a blockquote) belongs to the quote.
        return element.NextElementSibling is { } next && (IsQuoteBlock(next) || (next.LocalName == "tr" && next.FirstElementChild is { } cell && IsQuoteBlock(cell)))
            && HeaderOf(element) is not null;
    }

    internal override QuoteMarkup? AsQuote(IElement element)
    {
        if (!IsQuoteBlock(element) || InsideQuote(element))
        {
            return null;
        }

        foreach (string attribute in Lexicon.QuoteAuthorAttributes)
        {
            if (Dom.Attribute(element, attribute) is { } named && named.Length <= 60)
            {
                MarkHeader(element);
                return new QuoteMarkup(named, null);
            }
        }

        if (MarkHeader(element) is { } header)
        {
            return new QuoteMarkup(header.Member, null);
        }

        // "Quote:" or "X wrote:" on the line (or table row) before the quote.
        if (HeaderBefore(element) is { } above)
        {
            return new QuoteMarkup(above.Member, null);
        }

        return new QuoteMarkup(null, null);
    }

    /// <summary>True for an element whose class or id names chrome (signature, user panel, reactions, share bar).</summary>
    internal static bool IsChromeClass(IElement element)
    {
        string? classes = element.GetAttribute("class");
        string? id = element.Id;
        if (element.LocalName.Contains('-', StringComparison.Ordinal))
        {
            // A custom element's name says what it is as a class would ("faceplate-hovercard").
            classes = classes is null ? element.LocalName : classes + " " + element.LocalName;
        }

        if (classes is null && id is null)
        {
            return false;
        }

        foreach (string part in Lexicon.PostChromeClassParts)
        {
            if ((classes is not null && classes.Contains(part, StringComparison.OrdinalIgnoreCase))
                || (id is not null && id.Contains(part, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The elements of microdata post types, when the page has any.</summary>
    private static List<IElement> MicrodataPosts(PageFacts facts)
    {
        var found = new List<IElement>();
        foreach (var element in facts.Elements)
        {
            // A post has a member or prose of its own; a teaser of another page (a related question: a title link
            // and "0 answers") has neither.
            if (element.HasAttribute("itemscope") && Dom.Attribute(element, "itemtype") is { } type && Lexicon.PostTypes.Contains(LastSegment(type))
                && facts.IndexOf(element) is int index && index >= 0 && (facts.Authors[index] > 0 || facts.Prose[index] >= MinMeanProse))
            {
                found.Add(element);
            }
        }

        return found;
    }

    /// <summary>True for a microdata post of a type that opens a page (a question, a forum posting), not a reply.</summary>
    private static bool IsOpeningType(IElement unit)
        => Dom.Attribute(unit, "itemtype") is { } type && LastSegment(type) is "Question" or "DiscussionForumPosting" or "SocialMediaPosting";

    private static string LastSegment(string type)
    {
        type = type.Trim().TrimEnd('/');
        int slash = type.LastIndexOfAny(['/', '#']);
        return slash < 0 ? type : type[(slash + 1)..];
    }

    /// <summary>
    /// The repeating unit: of the groups of elements with one shape, the one with the most members that have
    /// an author, a date and prose; among groups about as wordy as the best, the deepest (the tightest unit).
    /// </summary>
    private static List<IElement> RepeatingUnits(PageFacts facts)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < facts.Elements.Count; i++)
        {
            if (facts.CanBeUnit(i) && !InSidebar(facts.Elements[i]))
            {
                string shape = facts.Shape[i];
                if (!groups.TryGetValue(shape, out var members))
                {
                    groups[shape] = members = [];
                }

                members.Add(i);
            }
        }

        var candidates = new List<(List<int> Members, int Count, long Prose, double Depth)>();
        foreach (var members in groups.Values)
        {
            if (members.Count < 2)
            {
                continue;
            }

            var posts = members.Where(facts.LooksLikePost).ToList();
            // Once most of a shape are posts, a member of it with a byline and a few words of its own ("yo", "nice!") is
            // a post too, though its name, date and reply links outweigh its text.
            if (posts.Count >= 2 && posts.Count * 2 >= members.Count)
            {
                posts = members.Where(i => facts.LooksLikePost(i) || facts.IsShortReply(i)).ToList();
            }

            var qualified = WithoutWrappers(facts, posts);
            // Cards that each lead to a page of their own by a title link (a topic list, "recent posts") are teasers,
            // not posts; the posts of one thread may repeat the thread's title link, but they all lead to one page.
            var targets = qualified.Select(i => TitleTarget(facts.Elements[i])).Where(t => t is not null).ToList();
            if (targets.Count * 2 > qualified.Count && targets.Distinct(StringComparer.Ordinal).Count() * 2 > qualified.Count)
            {
                continue;
            }

            long prose = qualified.Sum(i => (long)facts.Prose[i]);
            if (qualified.Count >= 2 && qualified.Count * 2 >= members.Count && prose >= (long)MinMeanProse * qualified.Count)
            {
                candidates.Add((qualified, qualified.Count, prose, qualified.Average(i => facts.Depth[i])));
            }
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        int most = candidates.Max(c => c.Count);
        long wordiest = candidates.Where(c => c.Count == most).Max(c => c.Prose);
        var best = candidates.Where(c => c.Count == most && c.Prose * 100 >= wordiest * 85).MaxBy(c => c.Depth);
        return [.. best.Members.Select(i => facts.Elements[i])];
    }

    /// <summary>
    /// True inside an <c>&lt;aside&gt;</c> or a complementary region: a sidebar's list of activity or recent posts
    /// repeats the shape of posts, but its items are not the thread's.
    /// </summary>
    private static bool InSidebar(IElement element)
    {
        for (var up = element; up is not null; up = up.ParentElement)
        {
            if (up.LocalName == "aside" || up.GetAttribute("role") == "complementary")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The members without wrappers: a member around others of its shape whose names and dates are all theirs (a
    /// page layout nested in one of the same classes) is not a post; a reply with a byline of its own around
    /// nested replies is.
    /// </summary>
    private static List<int> WithoutWrappers(PageFacts facts, List<int> members)
    {
        var inner = new Dictionary<IElement, (int Authors, int Dates)>(ReferenceEqualityComparer.Instance);
        var set = new HashSet<IElement>(members.Select(i => facts.Elements[i]), ReferenceEqualityComparer.Instance);
        foreach (int i in members)
        {
            for (var up = facts.Elements[i].ParentElement; up is not null; up = up.ParentElement)
            {
                if (set.Contains(up))
                {
                    var (authors, dates) = inner.GetValueOrDefault(up);
                    inner[up] = (authors + facts.Authors[i], dates + facts.Dates[i]);
                    break;
                }
            }
        }

        return members.Where(i => !inner.TryGetValue(facts.Elements[i], out var nested) || facts.Authors[i] > nested.Authors || facts.Dates[i] > nested.Dates).ToList();
    }

    /// <summary>
    /// The page a card's title leads to: the address (without its fragment) of the link that is the whole of a
    /// heading or title-classed element, not a member's profile link; null when the card has no such title.
    /// </summary>
    private static string? TitleTarget(IElement card)
    {
        foreach (var title in Dom.Descendants(card))
        {
            if (!Dom.IsHeading(title) && !Dom.ClassContains(title, "title"))
            {
                continue;
            }

            var link = title.LocalName == "a" ? title : Dom.First(title, e => e.LocalName == "a");
            if (link is not null && !PageFacts.IsProfileLink(link) && Dom.Attribute(link, "href") is { } href && !href.StartsWith('#')
                && Dom.Text(link) is { } text && text == Dom.Text(title))
            {
                int hash = href.IndexOf('#', StringComparison.Ordinal);
                return hash < 0 ? href : href[..hash];
            }
        }

        return null;
    }

    /// <summary>
    /// An opening post of its own shape before the first unit (a topic above its replies): the siblings before
    /// the first unit's branch, a few levels up (the byline may sit a level above the text), once they hold a
    /// member's name, a date and prose. When one of them holds most of the prose, it alone is the body.
    /// </summary>
    private PostSource? LeadPost(IElement first, Dictionary<IElement, int> prose)
    {
        var roots = new List<IElement>();
        int authors = 0, dates = 0, text = 0;
        var branch = first;
        for (int level = 0; level < 7 && branch.ParentElement is { } parent && parent.LocalName is not ("body" or "html"); level++)
        {
            var found = new List<IElement>();
            for (var sibling = parent.FirstElementChild; sibling is not null && !ReferenceEquals(sibling, branch); sibling = sibling.NextElementSibling)
            {
                int index = _facts.IndexOf(sibling);
                if (index < 0 || Dom.IsHeading(sibling) || sibling.LocalName is "aside" or "header" || IsChrome(sibling))
                {
                    continue;
                }

                authors += _facts.Authors[index];
                dates += _facts.Dates[index];
                text += prose.GetValueOrDefault(sibling);
                found.Add(sibling);
            }

            roots.InsertRange(0, found);
            // Like a post, an opening post has a name, a date and prose.
            // An avatar's initial beside the first reply is not an opening post's name: climb on to its byline.
            if (authors > 0 && dates > 0 && text >= MinMeanProse && HasFullName(roots))
            {
                // The post starts at its byline: what comes before it (a community's blurb, a title bar) is not its text.
                roots = roots.SkipWhile(r => _facts.Authors[_facts.IndexOf(r)] == 0).ToList();
                var (author, date) = Byline(roots);
                var main = roots.MaxBy(r => prose.GetValueOrDefault(r))!;
                int total = roots.Sum(r => prose.GetValueOrDefault(r));
                var body = prose.GetValueOrDefault(main) >= BodyShare * total ? [main] : roots.Where(r => prose.GetValueOrDefault(r) > 0).ToList();
                return new PostSource(author, date, body);
            }

            branch = parent;
        }

        return null;
    }

    /// <summary>True when the elements hold a member's name longer than an initial.</summary>
    private bool HasFullName(List<IElement> roots)
    {
        foreach (var root in roots)
        {
            foreach (var element in Dom.Descendants(root, e => !_units.Contains(e)).Prepend(root))
            {
                int index = _facts.IndexOf(element);
                if (index >= 0 && _facts.IsAuthor(index) && !_units.Contains(element) && NameIn(element) is { Length: > 1 })
                {
                    return true;
                }
            }
        }

        return false;
    }

    private PostSource Read(IElement unit, Dictionary<IElement, int> prose, bool microdata)
    {
        var (author, date) = Byline([unit]);
        if (_microdataAuthors)
        {
            var named = MicrodataAuthor(unit);
            if (named is not null)
            {
                _bylines.Add(named);
            }

            // A post whose microdata names no member (an answer on a page whose question alone is marked up) keeps its byline.
            if (named is not null)
            {
                author = NameIn(named) ?? Dom.Attribute(Dom.First(named, e => e.GetAttribute("itemprop") == "name") ?? named, "content");
            }
        }

        IElement body = unit;
        if (microdata && Dom.First(unit, e => e.GetAttribute("itemprop") is "text" or "articleBody" or "commentText" or "description", Inside(unit)) is { } text)
        {
            body = text;
        }

        while (BestChild(body, prose) is { } child && prose.GetValueOrDefault(child) >= BodyShare * prose.GetValueOrDefault(body) && prose.GetValueOrDefault(body) > 0)
        {
            body = child;
        }

        return new PostSource(author, date, [body]);
    }

    private IElement? BestChild(IElement element, Dictionary<IElement, int> prose)
    {
        IElement? best = null;
        int most = -1;
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            int score = prose.GetValueOrDefault(child);
            if (score > most && !_units.Contains(child) && !Dom.IsInvisible(child) && IsQuoteBlock(child) is false)
            {
                best = child;
                most = score;
            }
        }

        return best;
    }

    /// <summary>The first author name and date in <paramref name="roots"/> (not in nested posts or quotes); their elements become chrome.</summary>
    private (string? Author, DateTimeOffset? Date) Byline(IReadOnlyList<IElement> roots)
    {
        string? author = null, fallback = null, editor = null;
        DateTimeOffset? date = null;
        bool dated = false;
        foreach (var root in roots)
        {
            foreach (var element in Dom.Descendants(root, e => !_units.Contains(e) && !IsQuoteBlock(e)))
            {
                int index = _facts.IndexOf(element);
                if (index < 0 || _units.Contains(element) || IsQuoteBlock(element))
                {
                    continue;
                }

                // A badge or group tag link ("Supporter") or an avatar link is not the name, unless its class says name too.
                if (author is null && _facts.IsAuthor(index) && !PageFacts.IsBesideName(element) && NameIn(element) is { } name)
                {
                    // An avatar's initial ("M") gives way to the full name that follows.
                    if (name.Length == 1 && fallback is null)
                    {
                        fallback = name;
                        continue;
                    }

                    // "edited Feb 29 Fen" before "asked Feb 22 karilito": the editor's name gives way to the owner's.
                    if (IsEditNote(element, root))
                    {
                        editor ??= name;
                        _bylines.Add(element);
                        continue;
                    }

                    author = name;
                    _bylines.Add(element);
                }
                else if (!dated && _facts.IsDate(index))
                {
                    dated = true;
                    date = DateIn(element);
                    _bylines.Add(element);
                }

                if (author is not null && dated)
                {
                    return (author, date);
                }
            }
        }

        return (author ?? fallback ?? editor, date);
    }

    /// <summary>
    /// True when the name element sits in an edit note: the nearest block above it that holds a date (its
    /// byline) says "edited", "modified" …
    /// </summary>
    private bool IsEditNote(IElement name, IElement root)
    {
        for (var up = name.ParentElement; up is not null && !ReferenceEquals(up, root); up = up.ParentElement)
        {
            int index = _facts.IndexOf(up);
            if (index < 0 || _facts.Dates[index] == 0)
            {
                continue;
            }

            return _facts.Text[index] <= MaxLabel && Dom.Text(up) is { } text && ContainsAny(text, Lexicon.EditWords);
        }

        return false;
    }

    /// <summary>The unit's own <c>itemprop="author"</c> element (not one of a nested post), or null.</summary>
    private IElement? MicrodataAuthor(IElement unit)
        => Dom.First(unit, e => e.GetAttribute("itemprop") is { } prop && prop.Split(' ').Contains("author"), e => !_units.Contains(e) || ReferenceEquals(e, unit));

    /// <summary>The member named by an author element: its microdata name, else its profile link's text, else its own text.</summary>
    private string? NameIn(IElement element)
    {
        var named = Dom.First(element, e => e.GetAttribute("itemprop") == "name")
            ?? Dom.First(element, e => e.LocalName == "a" && PageFacts.IsProfileLink(e) && Dom.Text(e) is not null);
        // A name element that also holds the date ("bure 1年前"), a counter or a role tag gives the name without them.
        Func<IElement, bool> notName = e => (_facts.IndexOf(e) is int i && i >= 0 && _facts.IsDate(i)) || PageFacts.IsBesideName(e);
        string? text = MemberName.FirstRun(named ?? element, notName) ?? Dom.Text(named ?? element, notName) ?? Dom.Attribute(element, "content");
        if (text is null)
        {
            return null;
        }

        text = text.Trim().TrimStart('@').Trim();
        foreach (string by in (ReadOnlySpan<string>)["Posted by ", "posted by ", "By ", "by "])
        {
            if (text.StartsWith(by, StringComparison.Ordinal))
            {
                text = text[by.Length..].Trim();
            }
        }

        text = text.TrimEnd(':', '：').Trim();
        return text.Length is > 0 and <= 60 ? text : null;
    }

    private static DateTimeOffset? DateIn(IElement element)
    {
        var stamped = element.HasAttribute("datetime") || element.HasAttribute("content") ? element : Dom.First(element, e => e.HasAttribute("datetime"));
        string? value = stamped is null ? null : Dom.Attribute(stamped, "datetime") ?? Dom.Attribute(stamped, "content");
        return Attribution.ParseDateTime(value) ?? Attribution.ParseDateTime(Dom.Attribute(element, "title"));
    }

    private Func<IElement, bool> Inside(IElement unit) => e => ReferenceEquals(e, unit) || !_units.Contains(e);

    /// <summary>True for a block that quotes: a blockquote, a block with a quote class, or a block under a "Quote:" header line.</summary>
    private bool IsQuoteBlock(IElement element)
    {
        if (element.LocalName == "blockquote")
        {
            return true;
        }

        if (!Dom.IsBlockLevel(element) && element.LocalName != "aside")
        {
            return false;
        }

        return IsQuoteClass(element) || HeaderBefore(element) is not null;
    }

    /// <summary>The header just before a block: its previous sibling, or for a table cell alone in its row, the row before.</summary>
    private Header? HeaderBefore(IElement element)
    {
        if (element.PreviousElementSibling is { } before)
        {
            return HeaderOf(before);
        }

        return element.LocalName is "td" && element.ParentElement is { LocalName: "tr", PreviousElementSibling: { } row } ? HeaderOf(row) : null;
    }

    private static bool IsQuoteClass(IElement element)
    {
        if (element.GetAttribute("class") is not { } classes || !classes.Contains("quote", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (string name in element.ClassList)
        {
            if (name.Contains("quote", StringComparison.OrdinalIgnoreCase) && !ContainsAny(name, Lexicon.NotQuoteClassParts) && !ContainsAny(name, Lexicon.QuoteHeaderClassParts))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the element sits in a quote block of its parent or grandparent (the body of an outer quote's frame).</summary>
    private bool InsideQuote(IElement element)
    {
        var up = element.ParentElement;
        for (int level = 0; level < 2 && up is not null; level++, up = up.ParentElement)
        {
            if (up.LocalName == "blockquote" || (IsQuoteClass(up) && Dom.IsBlockLevel(up)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The header inside a quote (a cite or title element, or a first line "X wrote:"), now chrome; null when it has none.</summary>
    private Header? MarkHeader(IElement quote)
    {
        foreach (var element in Dom.Descendants(quote, e => e.LocalName != "blockquote" && !IsQuoteClass(e)))
        {
            bool structural = element.LocalName == "cite" || (element.GetAttribute("class") is { } classes && ContainsAny(classes, Lexicon.QuoteHeaderClassParts) && classes.Contains("quote", StringComparison.OrdinalIgnoreCase));
            if (structural && Dom.Text(element) is { Length: <= MaxLabel } text)
            {
                _quoteHeaders.Add(element);
                var link = Dom.First(element, e => e.LocalName == "a" && PageFacts.IsProfileLink(e));
                return new Header(Dom.Text(link) ?? QuoteHeader.NameOf(text));
            }

            if (Dom.IsBlockLevel(element) || element.LocalName is "b" or "strong" or "span")
            {
                // The quote's first line of text decides: a header, or the quoted text itself.
                if (HeaderOf(element) is { } header)
                {
                    _quoteHeaders.Add(element);
                    return header;
                }

                if (HasOwnText(element))
                {
                    return null;
                }
            }
        }

        return null;
    }

    private static bool HasOwnText(IElement element)
    {
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The header an element's short text is ("X wrote:", "Quote:"), or null.</summary>
    private Header? HeaderOf(IElement element)
    {
        int index = _facts.IndexOf(element);
        if (index < 0 || _facts.Text[index] is 0 or > MaxLabel || element.LocalName == "blockquote" || IsQuoteClass(element))
        {
            return null;
        }

        // A header is one line: nothing under it starts a block of its own (a quote's frame and text would).
        if (Dom.First(element, e => e.LocalName is "p" or "blockquote" or "ul" or "ol" or "table" or "pre" || IsQuoteClass(e)) is not null)
        {
            return null;
        }

        return QuoteHeader.TryRead(Dom.Text(element), out string? member) ? new Header(member) : null;
    }

    private static bool ContainsAny(string text, IReadOnlyList<string> parts)
    {
        foreach (string part in parts)
        {
            if (text.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Header(string? Member);
}
