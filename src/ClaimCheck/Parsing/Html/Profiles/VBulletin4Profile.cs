using AngleSharp.Dom;

namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>
/// vBulletin 4 thread pages: <c>li#post_N</c>, the author in <c>.username</c>, the text in
/// <c>div#post_message_N</c> (or <c>blockquote.postcontent</c>), quotes in <c>div.bbcode_quote</c>.
/// vBulletin 4 prints dates as text only, so posts have no time.
/// </summary>
internal sealed class VBulletin4Profile : HtmlProfile
{
    private static readonly string[] ChromeClasses = ["signature", "signaturecontainer", "postfoot", "after_content", "lastedited"];

    internal override bool Matches(PageSignals signals)
        => signals.Generator.StartsWith("vBulletin", StringComparison.OrdinalIgnoreCase)
           || (signals.HasClass("postcontainer") && signals.HasClass("postcontent"));

    internal override PageExtraction Extract(IDocument document)
    {
        var posts = new List<PostSource>();
        foreach (var post in Dom.Outermost(document, e => e.LocalName == "li" && IsNumbered(e.Id, "post_")))
        {
            var content = Dom.First(post, e => IsNumbered(e.Id, "post_message_")) ?? Dom.First(post, e => Dom.HasClass(e, "postcontent"));
            posts.Add(new PostSource(TextOfFirst(post, e => Dom.HasClass(e, "username")), null, content is null ? [] : [content]));
        }

        string? title = TextOfFirst(document, e => Dom.HasClass(e, "threadtitle"))
            ?? TextOfFirst(document, e => Dom.HasClass(e, "lastnavbit"))
            ?? PageTitle(document);
        return new PageExtraction(title, Forum(document), posts);
    }

    internal override bool IsChrome(IElement element) => BbCodeQuote.IsChrome(element) || Dom.HasAnyClass(element, ChromeClasses);

    internal override QuoteMarkup? AsQuote(IElement element) => BbCodeQuote.AsQuote(element);

    private static bool IsNumbered(string? id, string prefix)
        => id is not null && id.Length > prefix.Length && id.StartsWith(prefix, StringComparison.Ordinal) && char.IsAsciiDigit(id[prefix.Length]);

    /// <summary>The last crumb before the thread's own (<c>li.navbit</c>, not <c>.lastnavbit</c>) that has letters.</summary>
    private static string? Forum(IDocument document)
    {
        string? forum = null;
        foreach (var crumb in Dom.Outermost(document, e => Dom.HasClass(e, "navbit")))
        {
            if (!Dom.HasClass(crumb, "lastnavbit") && Dom.Text(crumb) is { } name && name.Any(char.IsLetter))
            {
                forum = name;
            }
        }

        return forum;
    }
}
