using AngleSharp.Dom;

namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>vBulletin's quote markup (versions 4 and 5): <c>div.bbcode_quote</c> with the member in <c>.bbcode_postedby strong</c>.</summary>
internal static class BbCodeQuote
{
    private static readonly string[] ChromeClasses = ["bbcode_postedby", "bbcode_description", "bbcode_quote_container"];

    internal static QuoteMarkup? AsQuote(IElement element)
    {
        if (!Dom.HasClass(element, "bbcode_quote"))
        {
            return null;
        }

        var postedBy = Dom.First(element, e => Dom.HasClass(e, "bbcode_postedby"), e => !Dom.HasClass(e, "bbcode_quote"));
        string? member = postedBy is null ? null : Dom.Text(Dom.First(postedBy, e => e.LocalName == "strong")) ?? Attribution.NameFromHeader(Dom.Text(postedBy));
        return new QuoteMarkup(member, null);
    }

    internal static bool IsChrome(IElement element) => Dom.HasAnyClass(element, ChromeClasses);
}
