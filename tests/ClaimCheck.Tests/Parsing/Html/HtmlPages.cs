using System.Text;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Parsing.Html;

/// <summary>Reads the saved HTML pages of the corpus for the HTML parser's tests.</summary>
internal static class HtmlPages
{
    /// <summary>Reads and parses a page of corpus/forum-html (or another corpus folder) through the public API.</summary>
    internal static ThreadDocument Read(string relative)
    {
        var result = ClaimChecker.ReadFile(Corpus.PathOf(relative));
        result.Succeeded.Should().BeTrue(result.Error);
        return result.Document!;
    }

    /// <summary>The text of every block of the document, one block per line.</summary>
    internal static string AllBlockText(ThreadDocument document) => string.Join("\n", document.Blocks.Select(b => b.Text));

    /// <summary>The page's text decoded as the reader decodes it (the one ISO-8859-1 page is read as windows-1252).</summary>
    internal static string Original(string relative)
    {
        byte[] bytes = File.ReadAllBytes(Corpus.PathOf(relative));
        if (relative.Contains("pocketpc", StringComparison.Ordinal))
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes);
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
