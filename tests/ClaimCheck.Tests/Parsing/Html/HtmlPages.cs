using System.Text;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Parsing.Html;

/// <summary>Finds and reads saved HTML pages for the HTML parser's tests.</summary>
internal static class HtmlPages
{
    /// <summary>
    /// The full path of a real saved forum page of the shared data (../shared/data/forum-html, third-party, never
    /// committed), given relative to that folder; the calling test is skipped when it is absent.
    /// </summary>
    internal static string Shared(string relative) => SharedData.Require("forum-html/" + relative);

    /// <summary>The full path of a page of the repository's corpus/ folder (seeds-html, constructed), given relative to corpus/.</summary>
    internal static string Bundled(string relative) => Corpus.PathOf(relative);

    /// <summary>Reads and parses the page at <paramref name="path"/> through the public API.</summary>
    internal static ThreadDocument Read(string path)
    {
        var result = ClaimChecker.ReadFile(path);
        result.Succeeded.Should().BeTrue(result.Error);
        return result.Document!;
    }

    /// <summary>The text of every block of the document, one block per line.</summary>
    internal static string AllBlockText(ThreadDocument document) => string.Join("\n", document.Blocks.Select(b => b.Text));

    /// <summary>The page's text decoded as the reader decodes it (the one ISO-8859-1 page is read as windows-1252).</summary>
    internal static string Original(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (path.Contains("pocketpc", StringComparison.Ordinal))
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes);
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
