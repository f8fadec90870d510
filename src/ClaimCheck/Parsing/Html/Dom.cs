using System.Text;
using AngleSharp.Dom;

namespace ClaimCheck.Parsing.Html;

/// <summary>
/// DOM helpers that never recurse: pages may nest elements thousands deep, so every traversal keeps
/// an explicit stack, and none of AngleSharp's own recursive members (TextContent, QuerySelector) is used.
/// </summary>
internal static class Dom
{
    /// <summary>Elements whose content is never visible text.</summary>
    private static readonly HashSet<string> Invisible = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas",
        "video", "audio", "button", "select", "option", "input", "textarea", "head", "title", "meta", "link",
    };

    /// <summary>Elements that end a line of text before and after them.</summary>
    private static readonly HashSet<string> BlockLevel = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    /// <summary>The offset of the element's start tag in the page, or -1 for an element the parser implied.</summary>
    internal static int Position(IElement element) => element.SourceReference?.Position.Index ?? -1;

    internal static bool IsInvisible(IElement element)
        => Invisible.Contains(element.LocalName)
           || element.GetAttribute("style") is { } style && IsDisplayNone(style);

    internal static bool IsBlockLevel(IElement element) => BlockLevel.Contains(element.LocalName);

    internal static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    internal static bool HasClass(IElement element, string name) => element.ClassList.Contains(name);

    /// <summary>True when the element has one of the classes <paramref name="names"/>.</summary>
    internal static bool HasAnyClass(IElement element, ReadOnlySpan<string> names)
    {
        var classes = element.ClassList;
        foreach (string name in names)
        {
            if (classes.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some class of the element contains <paramref name="part"/> (ignoring case).</summary>
    internal static bool ClassContains(IElement element, string part)
        => element.GetAttribute("class") is { } classes && classes.Contains(part, StringComparison.OrdinalIgnoreCase);

    /// <summary>The element's attribute, trimmed, or null when missing or blank.</summary>
    internal static string? Attribute(IElement element, string name)
    {
        string? value = element.GetAttribute(name)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>
    /// The elements under <paramref name="root"/> in document order. Below an element for which
    /// <paramref name="descend"/> is false the walk does not go.
    /// </summary>
    internal static IEnumerable<IElement> Descendants(INode root, Func<IElement, bool>? descend = null)
    {
        var stack = new Stack<(INode Node, int Next)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            var children = node.ChildNodes;
            if (next >= children.Length)
            {
                continue;
            }

            stack.Push((node, next + 1));
            if (children[next] is IElement child)
            {
                yield return child;
                if (descend is null || descend(child))
                {
                    stack.Push((child, 0));
                }
            }
        }
    }

    /// <summary>The first element under <paramref name="root"/> (in document order) that matches, or null.</summary>
    internal static IElement? First(INode root, Func<IElement, bool> match, Func<IElement, bool>? descend = null)
    {
        foreach (var element in Descendants(root, descend))
        {
            if (match(element))
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>All elements under <paramref name="root"/> that match, without looking inside a match.</summary>
    internal static List<IElement> Outermost(INode root, Func<IElement, bool> match)
    {
        var found = new List<IElement>();
        Walk(root, node =>
        {
            if (node is not IElement element)
            {
                return false;
            }

            if (match(element))
            {
                found.Add(element);
                return false;
            }

            return true;
        });
        return found;
    }

    /// <summary>
    /// Visits the nodes under <paramref name="root"/> (elements and text) in document order. Below a node
    /// for which <paramref name="visit"/> returns false the walk does not go.
    /// </summary>
    internal static void Walk(INode root, Func<INode, bool> visit)
    {
        var stack = new Stack<(INode Node, int Next)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            var children = node.ChildNodes;
            if (next >= children.Length)
            {
                continue;
            }

            stack.Push((node, next + 1));
            var child = children[next];
            if (visit(child))
            {
                stack.Push((child, 0));
            }
        }
    }

    /// <summary>The visible text under <paramref name="root"/> with white space collapsed and trimmed; null when there is none.</summary>
    /// <param name="root">The node whose text is wanted, or null.</param>
    /// <param name="skip">Elements whose text is left out (labels beside a title), or null.</param>
    internal static string? Text(INode? root, Func<IElement, bool>? skip = null)
    {
        if (root is null)
        {
            return null;
        }

        var text = new StringBuilder();
        Walk(root, node =>
        {
            switch (node)
            {
                case IText t:
                    AppendCollapsed(text, t.Data);
                    return false;
                case IElement e when !IsInvisible(e) && (skip is null || !skip(e)):
                    if (e.LocalName == "br" || IsBlockLevel(e))
                    {
                        AppendCollapsed(text, " ");
                    }

                    return true;
                default:
                    return false;
            }
        });

        while (text.Length > 0 && char.IsWhiteSpace(text[^1]))
        {
            text.Length--;
        }

        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return text.Length - start == 0 ? null : text.ToString(start, text.Length - start);
    }

    /// <summary>HTML's collapsible white space (space, tab, line feed, form feed, carriage return); not U+00A0 or U+2009.</summary>
    internal static bool IsCollapsible(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private static void AppendCollapsed(StringBuilder text, string data)
    {
        foreach (char c in data)
        {
            if (IsCollapsible(c))
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }
    }

    private static bool IsDisplayNone(string style)
    {
        int at = style.IndexOf("display", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var rest = style.AsSpan(at + "display".Length).TrimStart();
        return rest.StartsWith(":") && rest[1..].TrimStart().StartsWith("none", StringComparison.OrdinalIgnoreCase);
    }
}
