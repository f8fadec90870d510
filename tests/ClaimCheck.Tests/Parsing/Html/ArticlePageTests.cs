using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Parsing.Html;

/// <summary>Pages that are not forum threads: one body of article text from the main content, chrome dropped.</summary>
public sealed class ArticlePageTests
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html><head><title>Stem cells for severe COVID-19: three-year results | Health News Daily</title></head>
        <body>
        <header><nav><a href="/">Home</a> <a href="/health">Health</a> <a href="/login">Sign in to your account</a></nav></header>
        <div class="breadcrumb"><a href="/health">Health</a> › <a href="/health/covid">COVID-19</a></div>
        <main>
        <article>
        <h1>Stem cell therapy shows lasting lung benefits three years on</h1>
        <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
        <p>Patients with severe COVID-19 who received mesenchymal stem cells had better lung scans three years later, a follow-up of a randomised trial reports.</p>
        <p>Of the 100 patients in the trial, 65 received the cells and 35 a placebo; 46.94% of the treated patients had normal CT findings at 36 months, against 34.48% in the placebo group.</p>
        <aside class="related"><h3>Related stories</h3><p>Another story that readers of this article might enjoy reading today as well.</p></aside>
        <p>The authors say the results support the long-term safety of the treatment, though the trial was not powered to show differences in symptoms.</p>
        </article>
        <section class="comments"><h2>Comments (2)</h2><p>Great news, finally a treatment that works for everyone who was sick with COVID!</p></section>
        </main>
        <footer><p>Copyright 2025 Health News Daily. All rights reserved.</p></footer>
        </body></html>
        """;

    private const string AbstractPage = """
        <!DOCTYPE html>
        <html><head>
        <title>Long-term outcomes of MSC therapy - Stem Cell Research and Therapy</title>
        <meta name="citation_title" content="Long-term outcomes of mesenchymal stem cell therapy in severe COVID-19 patients">
        <meta name="citation_journal_title" content="Stem Cell Research &amp; Therapy">
        <meta name="citation_doi" content="10.1186/s13287-025-00000-0">
        </head><body>
        <div id="menu"><a href="/">Journal home</a> <a href="/articles">Articles</a></div>
        <div class="c-article-body">
        <h1>Long-term outcomes of mesenchymal stem cell therapy in severe COVID-19 patients</h1>
        <section>
        <h2>Background</h2>
        <p>The long-term effects and outcomes of human mesenchymal stem cell therapy in patients with severe COVID-19 remain poorly understood.</p>
        <h2>Methods</h2>
        <p>One hundred patients with severe COVID-19 were randomized to receive either an MSC infusion or a placebo, with both groups receiving the standard of care.</p>
        <h2>Results</h2>
        <p>Three years post-treatment, 46.94% (23/49) of patients in the MSC group and 34.48% (10/29) in the placebo group showed normal findings on computed tomography.</p>
        </section>
        </div>
        <div class="sidebar"><p>Download PDF. Cite this article. Submit a manuscript to this journal and reach a wide audience.</p></div>
        </body></html>
        """;

    [Test]
    public void A_news_page_is_one_post_of_article_text_without_its_chrome()
    {
        var document = ClaimChecker.Parse(NewsPage);

        document.Kind.Should().Be(DocumentKind.NewsPage);
        document.Title.Should().Be("Stem cell therapy shows lasting lung benefits three years on");
        var post = document.Posts.Should().ContainSingle().Subject;
        post.Author.Should().BeNull();
        post.Blocks.Should().NotBeEmpty().And.OnlyContain(b => b.Kind == BlockKind.ArticleText);
        string text = string.Join("\n", document.Blocks.Select(b => b.Text));
        text.Should().Contain("Of the 100 patients in the trial, 65 received the cells and 35 a placebo;")
            .And.Contain("support the long-term safety of the treatment");
        foreach (var chrome in new[] { "Home", "Sign in", "Share on", "Related stories", "Another story", "Comments (2)", "Great news", "All rights reserved", "COVID-19</a>" })
        {
            text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void A_page_with_citation_meta_tags_is_an_article_page_with_sections()
    {
        var document = ClaimChecker.Parse(AbstractPage);

        document.Kind.Should().Be(DocumentKind.ArticlePage);
        document.Title.Should().Be("Long-term outcomes of mesenchymal stem cell therapy in severe COVID-19 patients");
        var block = document.Blocks.Should().ContainSingle().Subject;
        block.Kind.Should().Be(BlockKind.ArticleText);
        block.Paragraphs.Where(p => p.Kind == ParagraphKind.Heading).Select(p => p.Text).Should().Equal("Background", "Methods", "Results");
        block.Sentences.Should().Contain(s => s.Section == "Results" && s.Text.StartsWith("Three years post-treatment, 46.94% (23/49)", StringComparison.Ordinal));
        block.Text.Should().NotContain("Download PDF").And.NotContain("Journal home");
    }
}
