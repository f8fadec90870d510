using AngleSharp.Dom;

namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>
/// XenForo 2 thread pages: <c>article.message--post</c> with <c>data-author</c>, the text in
/// <c>.message-userContent .bbWrapper</c>, quotes in <c>blockquote.bbCodeBlock--quote</c> (the member in
/// <c>data-quote</c>, or in the "X said:" title of older versions).
/// </summary>
internal sealed class XenForoProfile : HtmlProfile
{
    private static readonly string[] ChromeClasses =
    [
        "bbCodeBlock-title", "bbCodeBlock-expandLink", "bbCodeBlock--unfurl", "bbCodeSpoiler-button", "bbMediaWrapper",
        "bbMediaJustifier", "message-signature", "reactionsBar", "likesBar", "js-selectToQuoteEnd", "message-lastEdit",
        "message-attachments", "u-srOnly", "shareButtons",
    ];

    private static readonly string[] TitleLabelClasses = ["label", "label-append"];

    internal override bool Matches(PageSignals signals)
        => signals.HasClass("message--post") || signals.Generator.StartsWith("XenForo", StringComparison.OrdinalIgnoreCase);

    internal override PageExtraction Extract(IDocument document)
    {
        var posts = new List<PostSource>();
        foreach (var post in Dom.Outermost(document, e => Dom.HasClass(e, "message--post")))
        {
            string? author = Dom.Attribute(post, "data-author") ?? TextOfFirst(post, e => Dom.HasClass(e, "message-name"));
            var header = Dom.First(post, e => Dom.HasClass(e, "message-attribution")) ?? post;
            var time = Dom.First(header, e => e.LocalName == "time" && e.HasAttribute("datetime"));
            var userContent = Dom.First(post, e => Dom.HasClass(e, "message-userContent"));
            var content = (userContent is null ? null : Dom.First(userContent, e => Dom.HasClass(e, "bbWrapper")))
                ?? userContent
                ?? Dom.First(post, e => Dom.HasClass(e, "message-body"));
            posts.Add(new PostSource(author, Attribution.ParseDateTime(time?.GetAttribute("datetime")), content is null ? [] : [content]));
        }

        // Thread prefixes ("Solved", "Patch Notes") are labels beside the title, not part of it.
        string? title = Dom.Text(Dom.First(document, e => Dom.HasClass(e, "p-title-value")), e => Dom.HasAnyClass(e, TitleLabelClasses))
            ?? PageTitle(document);
        return new PageExtraction(title, Forum(document), posts);
    }

    internal override bool IsChrome(IElement element) => Dom.HasAnyClass(element, ChromeClasses);

    internal override QuoteMarkup? AsQuote(IElement element)
    {
        if (!Dom.HasClass(element, "bbCodeBlock--quote"))
        {
            return null;
        }

        string? member = Dom.Attribute(element, "data-quote")
            ?? Attribution.NameFromHeader(TextOfFirst(element, e => Dom.HasClass(e, "bbCodeBlock-title")));
        return new QuoteMarkup(member, null);
    }

    /// <summary>The last crumb of the breadcrumb bar above the thread.</summary>
    private static string? Forum(IDocument document)
    {
        var bar = Dom.First(document, e => Dom.HasClass(e, "p-breadcrumbs"));
        if (bar is null)
        {
            return null;
        }

        string? forum = null;
        foreach (var crumb in Dom.Outermost(bar, e => e.LocalName == "li"))
        {
            forum = TextOfFirst(crumb, e => e.GetAttribute("itemprop") == "name") ?? Dom.Text(crumb) ?? forum;
        }

        return forum;
    }
}
