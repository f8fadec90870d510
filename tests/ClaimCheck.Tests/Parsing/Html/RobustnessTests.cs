using System.Net;
using System.Net.Sockets;
using AngleSharp.Io;
using ClaimCheck.Documents;
using ClaimCheck.Parsing.Html;

namespace ClaimCheck.Tests.Parsing.Html;

/// <summary>Hostile or odd markup: very deep nesting, and pages that reference the network.</summary>
public sealed class RobustnessTests
{
    [TestCase("div", "div")]
    [TestCase("b", "b")]
    [TestCase("i", "i")]
    [TestCase("table", "table")]
    [TestCase("blockquote", "blockquote")]
    [TestCase("span", "span")]
    [TestCase("li", "li")]
    [TestCase("a href=\"#x\"", "a")]
    public void Markup_nested_ten_thousand_deep_gives_a_document(string open, string close)
    {
        string html = "<!DOCTYPE html><html><head><title>deep</title></head><body>"
            + string.Concat(Enumerable.Repeat($"<{open}>level ", 10_000))
            + "The innermost sentence has 12 words and ends right here."
            + string.Concat(Enumerable.Repeat($"</{close}>", 10_000)) + "</body></html>";

        var document = ClaimChecker.Parse(html);

        document.Should().NotBeNull();
        document.Source.Text.Should().Contain("The innermost sentence has 12 words and ends right here.");
    }

    [Test]
    public void Quotes_nested_ten_thousand_deep_in_a_forum_post_give_a_thread()
    {
        string html = "<html><body><article class=\"message message--post\" data-author=\"a\"><div class=\"message-userContent\"><div class=\"bbWrapper\">"
            + string.Concat(Enumerable.Repeat("<blockquote class=\"bbCodeBlock bbCodeBlock--quote\" data-quote=\"m\">quoted words ", 10_000))
            + "</div></div></article></body></html>";

        var document = ClaimChecker.Parse(html);

        document.Kind.Should().Be(DocumentKind.ForumThread);
        document.Posts.Should().ContainSingle();
        document.Blocks.Should().NotBeEmpty().And.OnlyContain(b => b.Kind == BlockKind.QuotedPost && b.QuotedSource == "m");
    }

    [Test]
    public void A_page_that_references_the_network_is_parsed_without_touching_it()
    {
        // Every reference points at a port we listen on: any fetch attempt would show up as a connection.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            string origin = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
            string html = $"""
                <!DOCTYPE html>
                <html><head>
                <link rel="stylesheet" href="{origin}/style.css">
                <link rel="preload" href="{origin}/font.woff2" as="font">
                <script src="{origin}/app.js"></script>
                <script>document.write('SCRIPT-MARKER'); fetch('{origin}/beacon');</script>
                <style>@import url("{origin}/more.css"); body::after {"{"} content: "STYLE-MARKER"; {"}"}</style>
                </head><body>
                <article>
                <h1>A trial report</h1>
                <p>In the trial, 120 patients were randomised and 58 of them received the active treatment for twelve weeks.</p>
                <img src="{origin}/figure.png" alt="IMAGE-MARKER">
                <iframe src="{origin}/frame.html">IFRAME-MARKER</iframe>
                <object data="{origin}/movie.swf">OBJECT-MARKER</object>
                <noscript><img src="{origin}/pixel.gif">NOSCRIPT-MARKER</noscript>
                <p>The primary outcome improved by 12% in the treated group compared with 4% in the placebo group.</p>
                </article>
                </body></html>
                """;

            var document = ClaimChecker.Parse(html);
            Thread.Sleep(200);

            listener.Pending().Should().BeFalse("nothing may be fetched while parsing");
            string text = string.Join("\n", document.Blocks.Select(b => b.Text));
            text.Should().Contain("120 patients were randomised").And.Contain("improved by 12%");
            foreach (var marker in new[] { "SCRIPT-MARKER", "STYLE-MARKER", "IMAGE-MARKER", "IFRAME-MARKER", "OBJECT-MARKER", "NOSCRIPT-MARKER", "fetch(" })
            {
                document.Source.Text.Should().NotContain(marker);
            }
        }
        finally
        {
            listener.Stop();
        }
    }

    [Test]
    public void The_parser_has_no_loader_to_fetch_with()
    {
        var dom = HtmlDom.Parse("<html><head><link rel=stylesheet href=\"http://example.invalid/a.css\"><script src=\"http://example.invalid/a.js\"></script></head><body><img src=\"http://example.invalid/a.png\"></body></html>", new SourceLocator(string.Empty));

        dom.Context.GetService<IResourceLoader>().Should().BeNull();
        dom.Context.GetService<IDocumentLoader>().Should().BeNull();
    }
}
