using AngleSharp.Dom;

namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>
/// What one kind of page (a forum engine, or a plain article) looks like: how to recognise it, where
/// its posts and their text are, which elements inside a post are chrome and which are quotes.
/// </summary>
internal abstract class HtmlProfile
{
    /// <summary>True when the page's cues say it was made by this software.</summary>
    internal abstract bool Matches(PageSignals signals);

    /// <summary>Title, forum and posts of the page.</summary>
    internal abstract PageExtraction Extract(IDocument document);

    /// <summary>True for an element inside a post that is not the poster's text (quote headers, signatures, like bars).</summary>
    internal virtual bool IsChrome(IElement element) => false;

    /// <summary>The quote an element is, or null when it is not a quote.</summary>
    internal virtual QuoteMarkup? AsQuote(IElement element) => null;

    /// <summary>The text of the first element matching <paramref name="match"/>, or null.</summary>
    protected static string? TextOfFirst(INode root, Func<IElement, bool> match) => Dom.Text(Dom.First(root, match));

    /// <summary>The document's &lt;title&gt;, or null.</summary>
    protected static string? PageTitle(IDocument document) => TextOfFirst(document, e => e.LocalName == "title");
}
