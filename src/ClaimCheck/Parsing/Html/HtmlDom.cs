using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ClaimCheck.Parsing.Html;

/// <summary>
/// Parses markup into a DOM with AngleSharp's HTML5 parser alone: no browsing context with loaders,
/// so nothing (scripts, style sheets, images, frames) is ever fetched or run.
/// </summary>
internal static class HtmlDom
{
    /// <summary>Parses <paramref name="html"/>; the character tokens go to <paramref name="locator"/>.</summary>
    internal static IDocument Parse(string html, SourceLocator locator)
    {
        var parser = new HtmlParser(new HtmlParserOptions
        {
            IsKeepingSourceReferences = true,
            IsScripting = false,
            OnToken = locator.Record,
        });
        return parser.ParseDocument(html);
    }
}
