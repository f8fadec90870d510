using AngleSharp.Dom;

namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>
/// phpBB 3 topic pages: prosilver and its derivatives (<c>div.post#pN</c>, the author in
/// <c>.author .username</c>, the text in <c>div.content</c>) and subsilver2's tables (<c>div.postbody</c>
/// after <c>.postauthor</c>). Quotes are <c>blockquote</c> with a <c>cite</c> "X wrote:" (none for
/// <c>blockquote.uncited</c>), or subsilver2's <c>.quotetitle</c> over <c>.quotecontent</c>.
/// </summary>
internal sealed class PhpBbProfile : HtmlProfile
{
    private static readonly string[] ChromeClasses = ["signature", "notice", "post-buttons", "quotetitle", "codetitle", "back2top", "attachbox"];

    internal override bool Matches(PageSignals signals)
        => signals.HasClass("postbody") && (signals.HasClass("postprofile") || signals.HasClass("postauthor") || signals.HasClass("post"));

    internal override PageExtraction Extract(IDocument document)
    {
        var posts = new List<PostSource>();
        foreach (var post in Dom.Outermost(document, IsProsilverPost))
        {
            var body = Dom.First(post, e => Dom.HasClass(e, "postbody")) ?? post;
            var content = Dom.First(body, e => Dom.HasClass(e, "content"));
            var byline = Dom.First(post, e => Dom.HasClass(e, "author"));
            string? author = (byline is null ? null : TextOfFirst(byline, IsUsername))
                ?? TextOfFirst(post, IsUsername);
            var time = byline is null ? null : Dom.First(byline, e => e.LocalName == "time");
            posts.Add(new PostSource(author, Attribution.ParseDateTime(time?.GetAttribute("datetime")), content is null ? [] : [content]));
        }

        if (posts.Count == 0)
        {
            ReadSubsilver(document, posts);
        }

        string? title = TextOfFirst(document, e => Dom.HasClass(e, "topic-title")) ?? PageTitle(document);
        return new PageExtraction(title, Forum(document), posts);
    }

    internal override bool IsChrome(IElement element) => element.LocalName == "cite" || Dom.HasAnyClass(element, ChromeClasses);

    internal override QuoteMarkup? AsQuote(IElement element)
    {
        if (element.LocalName == "blockquote")
        {
            if (Dom.HasClass(element, "uncited"))
            {
                return new QuoteMarkup(null, null);
            }

            var cite = Dom.First(element, e => e.LocalName == "cite", e => e.LocalName != "blockquote");
            if (cite is null)
            {
                return new QuoteMarkup(null, null);
            }

            // phpBB 3.1+ links the member's profile from the cite; 3.0 has only "X wrote:".
            var profile = Dom.First(cite, e => e.LocalName == "a" && (e.GetAttribute("href") ?? string.Empty).Contains("memberlist.php", StringComparison.Ordinal));
            return new QuoteMarkup(Dom.Text(profile) ?? Attribution.NameFromHeader(Dom.Text(cite)), null);
        }

        if (Dom.HasClass(element, "quotecontent"))
        {
            var title = element.PreviousElementSibling;
            string? member = title is not null && Dom.HasClass(title, "quotetitle") ? Attribution.NameFromHeader(Dom.Text(title)) : null;
            return new QuoteMarkup(member, null);
        }

        return null;
    }

    private static bool IsProsilverPost(IElement element)
        => Dom.HasClass(element, "post") && element.Id is { Length: > 1 } id && id[0] == 'p' && char.IsAsciiDigit(id[1]);

    private static bool IsUsername(IElement element)
        => Dom.HasClass(element, "username") || Dom.HasClass(element, "username-coloured");

    /// <summary>subsilver2: each <c>div.postbody</c> belongs to the <c>.postauthor</c> before it.</summary>
    private static void ReadSubsilver(IDocument document, List<PostSource> posts)
    {
        string? author = null;
        foreach (var element in Dom.Descendants(document, e => !Dom.HasClass(e, "postbody")))
        {
            if (Dom.HasClass(element, "postauthor"))
            {
                author = Dom.Text(element);
            }
            else if (Dom.HasClass(element, "postbody") && element.LocalName == "div")
            {
                posts.Add(new PostSource(author, null, [element]));
            }
        }
    }

    /// <summary>The last named forum crumb (the board index is not a forum).</summary>
    private static string? Forum(IDocument document)
    {
        string? forum = null;
        foreach (var crumb in Dom.Outermost(document, e => Dom.HasClass(e, "crumb")))
        {
            if (crumb.HasAttribute("data-forum-id") && Dom.Text(crumb) is { } name)
            {
                forum = name;
            }
        }

        return forum;
    }
}
