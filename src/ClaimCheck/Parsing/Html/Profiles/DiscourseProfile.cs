using AngleSharp.Dom;

namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>
/// Discourse topic pages, both the Ember app's DOM (<c>article#post_N</c> in <c>.topic-post</c>, the
/// author in <c>.names .username</c>, the text in <c>div.cooked</c>) and the no-script crawler view
/// (<c>div.crawler-post</c>). Quotes are <c>aside.quote</c> with <c>data-username</c>; the "solved"
/// plugin's copy of the accepted answer under the first post is chrome.
/// </summary>
internal sealed class DiscourseProfile : HtmlProfile
{
    private static readonly string[] ChromeClasses = ["accepted-answer", "onebox", "clicks", "quote-controls", "cooked-selection-barrier"];

    internal override bool Matches(PageSignals signals)
        => signals.Generator.StartsWith("Discourse", StringComparison.OrdinalIgnoreCase)
           || (signals.HasClass("cooked") && (signals.HasClass("topic-post") || signals.HasClass("crawler-post")));

    internal override PageExtraction Extract(IDocument document)
    {
        var posts = new List<PostSource>();
        foreach (var post in Dom.Outermost(document, IsPost))
        {
            var cooked = Dom.Outermost(post, e => Dom.HasClass(e, "cooked"));
            if (cooked.Count == 0)
            {
                // A small action without a message ("pinned globally") is an event, not a post.
                continue;
            }

            posts.Add(new PostSource(Author(post), PostedAt(post), cooked));
        }

        string? title = TextOfFirst(document, e => Dom.HasClass(e, "fancy-title")) ?? PageTitle(document);
        var category = Dom.First(document, e => Dom.HasClass(e, "topic-category"));
        string? forum = null;
        if (category is not null)
        {
            foreach (var badge in Dom.Outermost(category, e => Dom.HasClass(e, "badge-category__name") || Dom.HasClass(e, "category-name")))
            {
                forum = Dom.Text(badge) ?? forum;
            }
        }

        return new PageExtraction(title, forum, posts);
    }

    internal override bool IsChrome(IElement element)
        => Dom.HasAnyClass(element, ChromeClasses)
           || (Dom.HasClass(element, "meta") && element.ParentElement is { } link && Dom.HasClass(link, "lightbox"))
           || (Dom.HasClass(element, "title") && element.ParentElement is { } aside && Dom.HasClass(aside, "quote"));

    internal override QuoteMarkup? AsQuote(IElement element)
    {
        if (element.LocalName != "aside" || !Dom.HasClass(element, "quote"))
        {
            return null;
        }

        string? member = Dom.Attribute(element, "data-username");
        if (member is not null)
        {
            return new QuoteMarkup(member, null);
        }

        // A quote of another topic names the topic in its title bar; the category badge beside it is chrome.
        var titleBar = Dom.First(element, e => Dom.HasClass(e, "title"), e => e.LocalName != "blockquote");
        var topic = titleBar is null ? null : Dom.First(titleBar, e => e.LocalName == "a" && e.HasAttribute("href") && !Dom.ClassContains(e, "badge-category"));
        return new QuoteMarkup(null, Dom.Text(topic));
    }

    private static bool IsPost(IElement element)
        => (element.LocalName == "article" && element.Id is { } id && id.StartsWith("post_", StringComparison.Ordinal) && id.Length > 5 && char.IsAsciiDigit(id[5]))
           || Dom.HasClass(element, "crawler-post");

    private static string? Author(IElement post)
    {
        var names = Dom.First(post, e => Dom.HasClass(e, "names"));
        if (names is not null)
        {
            return TextOfFirst(names, e => Dom.HasClass(e, "username")) ?? Dom.Text(names);
        }

        if (Dom.First(post, e => e.GetAttribute("itemprop") == "author") is { } author)
        {
            return TextOfFirst(author, e => e.GetAttribute("itemprop") == "name") ?? Dom.Text(author);
        }

        // A small action names its author only in the article's label ("@system …").
        string? label = Dom.Attribute(post, "aria-label");
        int at = label?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (label is null || at < 0)
        {
            return null;
        }

        int end = at + 1;
        while (end < label.Length && !char.IsWhiteSpace(label[end]))
        {
            end++;
        }

        return end > at + 1 ? label[(at + 1)..end] : null;
    }

    private static DateTimeOffset? PostedAt(IElement post)
    {
        var time = Dom.First(post, e => e.HasAttribute("data-time") && Dom.HasClass(e, "relative-date"));
        if (time is not null)
        {
            return Attribution.ParseUnixMilliseconds(time.GetAttribute("data-time"));
        }

        var published = Dom.First(post, e => e.GetAttribute("itemprop") == "datePublished");
        return Attribution.ParseDateTime(published?.GetAttribute("datetime") ?? published?.GetAttribute("content"));
    }
}
