using System.Text.Json;
using AngleSharp.Dom;
using ClaimCheck.Lexicons;

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

    /// <summary>What says the page is a discussion (a schema.org post type, forum software, a thread address), or null when nothing does.</summary>
    internal string? DiscussionEvidence { get; private set; }

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

            if (signals.DiscussionEvidence is null)
            {
                signals.DiscussionEvidence = Evidence(element);
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

    /// <summary>What an element says about the page being a discussion, or null.</summary>
    private static string? Evidence(IElement element)
    {
        if (Dom.Attribute(element, "itemtype") is { } type && SchemaType(type) is { } itemType)
        {
            return "schema.org " + itemType;
        }

        switch (element.LocalName)
        {
            case "script" when element.GetAttribute("type") is "application/ld+json":
                return JsonLdType(element.TextContent) is { } jsonType ? "schema.org " + jsonType : null;
            case "meta" when Dom.Attribute(element, "name") is { } name && name.Equals("generator", StringComparison.OrdinalIgnoreCase):
                return Software(Dom.Attribute(element, "content"), "generator ");
            case "meta" when Dom.Attribute(element, "property") is "og:url":
                return Software(Dom.Attribute(element, "content"), "address ");
            case "link" when Dom.Attribute(element, "rel") is "canonical":
                return Software(Dom.Attribute(element, "href"), "address ");
            default:
                return null;
        }
    }

    private static string? Software(string? value, string label)
    {
        if (value is null)
        {
            return null;
        }

        foreach (string word in Lexicon.DiscussionWords)
        {
            if (value.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return label + "\"" + value + "\"";
            }
        }

        return null;
    }

    private static string? SchemaType(string type)
    {
        foreach (string one in type.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string name = one.TrimEnd('/');
            name = name[(name.LastIndexOfAny(['/', '#']) + 1)..];
            if (Lexicon.DiscussionTypes.Contains(name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The first discussion type among the <c>@type</c>s of a JSON-LD block (nested objects, arrays and <c>@graph</c> included), or null.</summary>
    private static string? JsonLdType(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            var pending = new Stack<JsonElement>();
            pending.Push(document.RootElement);
            while (pending.Count > 0)
            {
                var value = pending.Pop();
                if (value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in value.EnumerateArray())
                    {
                        pending.Push(item);
                    }
                }
                else if (value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in value.EnumerateObject())
                    {
                        if (property.Name == "@type" && property.Value.ValueKind == JsonValueKind.String && SchemaType(property.Value.GetString()!) is { } found)
                        {
                            return found;
                        }

                        pending.Push(property.Value);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A broken JSON-LD block says nothing.
        }

        return null;
    }
}
