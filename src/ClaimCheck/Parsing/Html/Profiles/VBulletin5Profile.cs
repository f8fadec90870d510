using AngleSharp.Dom;

namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>
/// vBulletin 5 conversation pages: <c>.b-post.js-post</c>, the author in <c>.b-userinfo .author</c>,
/// the time in <c>time[itemprop=dateCreated]</c>, the text in <c>.js-post__content-text</c>, quotes in
/// <c>div.bbcode_quote</c> as in vBulletin 4.
/// </summary>
internal sealed class VBulletin5Profile : HtmlProfile
{
    internal override bool Matches(PageSignals signals)
        => signals.Generator.StartsWith("vBulletin 5", StringComparison.OrdinalIgnoreCase)
           || (signals.HasClass("b-post") && signals.HasClass("js-post__content-text"));

    internal override PageExtraction Extract(IDocument document)
    {
        var posts = new List<PostSource>();
        IElement? first = null;
        foreach (var post in Dom.Outermost(document, e => Dom.HasClass(e, "b-post") && Dom.HasClass(e, "js-post")))
        {
            first ??= post;
            var userInfo = Dom.First(post, e => Dom.HasClass(e, "b-userinfo")) ?? post;
            string? author = TextOfFirst(userInfo, e => Dom.HasClass(e, "author"))
                ?? TextOfFirst(userInfo, e => e.GetAttribute("itemprop") == "name");
            var time = Dom.First(post, e => e.LocalName == "time" && e.GetAttribute("itemprop") == "dateCreated");
            var content = Dom.First(post, e => Dom.HasClass(e, "js-post__content-text"));
            posts.Add(new PostSource(author, Attribution.ParseDateTime(time?.GetAttribute("datetime")), content is null ? [] : [content]));
        }

        return new PageExtraction(Title(document, first), Forum(document), posts);
    }

    internal override bool IsChrome(IElement element)
        => BbCodeQuote.IsChrome(element) || Dom.HasClass(element, "post-signature") || Dom.HasClass(element, "b-icon");

    internal override QuoteMarkup? AsQuote(IElement element) => BbCodeQuote.AsQuote(element);

    /// <summary>The last main title before the first post (announcements above the thread have main titles too).</summary>
    private static string? Title(IDocument document, IElement? firstPost)
    {
        string? title = null;
        foreach (var element in Dom.Descendants(document))
        {
            if (ReferenceEquals(element, firstPost))
            {
                break;
            }

            if (Dom.HasClass(element, "main-title"))
            {
                title = Dom.Text(element) ?? title;
            }
        }

        return title ?? PageTitle(document);
    }

    /// <summary>The last linked crumb of the breadcrumb bar.</summary>
    private static string? Forum(IDocument document)
    {
        var bar = Dom.First(document, e => e.Id == "breadcrumbs");
        string? forum = null;
        if (bar is not null)
        {
            foreach (var link in Dom.Outermost(bar, e => Dom.HasClass(e, "crumb-link")))
            {
                forum = Dom.Text(link) ?? forum;
            }
        }

        return forum;
    }
}
