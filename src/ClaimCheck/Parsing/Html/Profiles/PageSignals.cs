using AngleSharp.Dom;

namespace ClaimCheck.Parsing.Html.Profiles;

/// <summary>Cues that tell which software made a page, read in one pass over its elements.</summary>
internal sealed class PageSignals
{
    private readonly HashSet<string> _classes = new(StringComparer.Ordinal);

    private PageSignals()
    {
    }

    /// <summary>The content of <c>&lt;meta name="generator"&gt;</c>, or an empty string.</summary>
    internal string Generator { get; private set; } = string.Empty;

    /// <summary>True when the page has Highwire/Google Scholar <c>citation_*</c> meta tags or a DOI/PMID meta tag.</summary>
    internal bool IsScholarly { get; private set; }

    /// <summary>True when some element has the class <paramref name="name"/>.</summary>
    internal bool HasClass(string name) => _classes.Contains(name);

    internal static PageSignals Read(IDocument document)
    {
        var signals = new PageSignals();
        foreach (var element in Dom.Descendants(document))
        {
            foreach (string name in element.ClassList)
            {
                signals._classes.Add(name);
            }

            if (element.LocalName == "meta" && Dom.Attribute(element, "name") is { } meta)
            {
                if (meta.Equals("generator", StringComparison.OrdinalIgnoreCase) && signals.Generator.Length == 0)
                {
                    signals.Generator = Dom.Attribute(element, "content") ?? string.Empty;
                }
                else if (meta.StartsWith("citation_", StringComparison.OrdinalIgnoreCase)
                    || meta.Contains("doi", StringComparison.OrdinalIgnoreCase) || meta.Contains("pmid", StringComparison.OrdinalIgnoreCase))
                {
                    signals.IsScholarly = true;
                }
            }
        }

        return signals;
    }
}
