using AngleSharp.Dom;

namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>
/// A page that is not a forum thread (a news story, a journal's abstract page): one body, taken from
/// <c>[itemprop=articleBody]</c>, else the <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c> with the most
/// paragraph text, else the element whose paragraphs hold the most text. Navigation, headers,
/// footers, asides, forms, comments and sharing widgets inside it are chrome.
/// </summary>
internal sealed class ArticleProfile : HtmlProfile
{
    private static readonly HashSet<string> ChromeElements = new(StringComparer.Ordinal) { "nav", "header", "footer", "aside", "form", "dialog" };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.Ordinal) { "navigation", "banner", "contentinfo", "complementary", "search", "dialog" };

    private static readonly string[] ChromeNameParts =
        ["comment", "share", "social", "related", "newsletter", "advert", "promo", "breadcrumb", "cookie", "subscribe", "sidebar", "recommend"];

    internal override bool Matches(PageSignals signals) => true;

    internal override PageExtraction Extract(IDocument document)
    {
        var body = Body(document);
        string? title = (body is null ? null : TextOfFirst(body, e => e.LocalName == "h1"))
            ?? MetaContent(document, "citation_title")
            ?? MetaContent(document, "og:title")
            ?? TextOfFirst(document, e => e.LocalName == "h1")
            ?? PageTitle(document);
        DateTimeOffset? published = Attribution.ParseDateTime(MetaContent(document, "article:published_time"));
        return new PageExtraction(title, null, body is null ? [] : [new PostSource(null, published, [body])]);
    }

    internal override bool IsChrome(IElement element)
    {
        if (ChromeElements.Contains(element.LocalName)
            || (element.GetAttribute("role") is { } role && ChromeRoles.Contains(role)))
        {
            return true;
        }

        string names = (element.GetAttribute("class") ?? string.Empty) + " " + (element.Id ?? string.Empty);
        foreach (string part in ChromeNameParts)
        {
            if (names.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static IElement? Body(IDocument document)
    {
        var articleBody = Dom.First(document, e => e.GetAttribute("itemprop") == "articleBody");
        if (articleBody is not null)
        {
            return articleBody;
        }

        var own = ParagraphTextByParent(document);
        // Totals over whole subtrees, children before parents (reverse document order), in one pass.
        var elements = Dom.Descendants(document).ToList();
        var total = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        IElement? best = null;
        int bestScore = 0;
        for (int i = elements.Count - 1; i >= 0; i--)
        {
            var element = elements[i];
            int score = own.GetValueOrDefault(element) + total.GetValueOrDefault(element);
            total[element] = score;
            if (element.ParentElement is { } parent)
            {
                total[parent] = total.GetValueOrDefault(parent) + score;
            }

            if ((element.LocalName is "article" or "main" || element.GetAttribute("role") == "main") && score >= bestScore && score > 0)
            {
                best = element;
                bestScore = score;
            }
        }

        if (best is not null)
        {
            return best;
        }

        foreach (var (parent, score) in own)
        {
            if (score > bestScore)
            {
                best = parent;
                bestScore = score;
            }
        }

        return best ?? document.Body;
    }

    /// <summary>For each element, the length of the visible text of its own &lt;p&gt; children, in one walk.</summary>
    private static Dictionary<IElement, int> ParagraphTextByParent(IDocument document)
    {
        var scores = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(INode Node, int Next, IElement? Paragraph)>();
        stack.Push((document, 0, null));
        while (stack.Count > 0)
        {
            var (node, next, paragraph) = stack.Pop();
            var children = node.ChildNodes;
            if (next >= children.Length)
            {
                continue;
            }

            stack.Push((node, next + 1, paragraph));
            switch (children[next])
            {
                case IText text when paragraph?.ParentElement is { } parent:
                    scores[parent] = scores.GetValueOrDefault(parent) + text.Data.AsSpan().Trim().Length;
                    break;
                case IElement element when !Dom.IsInvisible(element):
                    stack.Push((element, 0, element.LocalName == "p" ? element : paragraph));
                    break;
            }
        }

        return scores;
    }

    private static string? MetaContent(IDocument document, string property)
    {
        var meta = Dom.First(document, e => e.LocalName == "meta" && (e.GetAttribute("property") == property || e.GetAttribute("name") == property));
        return meta is null ? null : Dom.Attribute(meta, "content");
    }
}
