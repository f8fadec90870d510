using System.Collections.Immutable;
using AngleSharp.Dom;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Parsing.Html.Profiles;
using ClaimCheck.Parsing.Layout;
using ClaimCheck.Text;

namespace ClaimCheck.Parsing.Html;

/// <summary>
/// Parses a saved HTML page into a document. The first forum profile whose cues match and that finds
/// posts reads the page as a thread; otherwise it is read as one article body. Nothing is fetched.
/// The document's source text is the kept visible text, mapped back to the page's lines and columns.
/// </summary>
internal static class HtmlThreadParser
{
    private static readonly HtmlProfile[] ForumProfiles =
        [new XenForoProfile(), new DiscourseProfile(), new VBulletin5Profile(), new VBulletin4Profile(), new PhpBbProfile()];

    private static readonly ArticleProfile Article = new();

    internal static ThreadDocument Parse(string html, string? path, ImmutableArray<Finding> inputFindings)
    {
        var locator = new SourceLocator(html);
        var document = HtmlDom.Parse(html, locator);
        var signals = PageSignals.Read(document);
        foreach (var profile in ForumProfiles)
        {
            if (profile.Matches(signals) && profile.Extract(document) is { Posts.Count: > 0 } page)
            {
                return ReadThread(html, path, profile, locator, page, inputFindings);
            }
        }

        if (StructureProfile.Detect(document) is { } structure)
        {
            return ReadThread(html, path, structure, locator, structure.Extract(document), inputFindings);
        }

        if (signals.DiscussionEvidence is { } evidence)
        {
            // Never a silent one-block page when the page says it is a discussion.
            inputFindings = inputFindings.Add(Finding.Create(InputRules.NoPostsFound, Location.ForFile(path), evidence));
        }

        return ReadArticle(html, path, document, signals, locator, inputFindings);
    }

    private static ThreadDocument ReadThread(string html, string? path, HtmlProfile profile, SourceLocator locator, PageExtraction page, ImmutableArray<Finding> inputFindings)
    {
        var writer = new DocumentWriter(html);
        var plans = new List<List<BlockPlan>>(page.Posts.Count);
        var spans = new List<List<List<BlockFactory.ParagraphSpan>>>(page.Posts.Count);
        foreach (var post in page.Posts)
        {
            var content = ContentWalker.Walk(profile, locator, post.ContentRoots);
            var blocks = BlockSegmenter.Segment(content.Text, content.Lines);
            plans.Add(blocks);
            spans.Add(writer.Write(blocks, content));
        }

        var source = writer.Finish(path);
        var posts = ImmutableArray.CreateBuilder<Post>(page.Posts.Count);
        for (int i = 0; i < page.Posts.Count; i++)
        {
            posts.Add(new Post(i + 1, page.Posts[i].Author, page.Posts[i].PostedAt, DocumentWriter.Blocks(source, plans[i], spans[i])));
        }

        return new ThreadDocument(source, DocumentKind.ForumThread, page.Title, page.Forum, posts.MoveToImmutable(), inputFindings);
    }

    /// <summary>
    /// A news or article page: the body's lines go through the same partitioning as a page saved as
    /// text (body from the first prose, bibliographic lines and repeated teasers dropped, one block
    /// per language); the markup decides the title and whether it is a scholarly article page.
    /// </summary>
    private static ThreadDocument ReadArticle(string html, string? path, IDocument document, PageSignals signals, SourceLocator locator, ImmutableArray<Finding> inputFindings)
    {
        var page = Article.Extract(document);
        var writer = new DocumentWriter(html);
        var lines = new List<LayoutLine>();
        foreach (var post in page.Posts)
        {
            var content = ContentWalker.Walk(Article, locator, post.ContentRoots);
            for (int i = 0; i < content.Lines.Count; i++)
            {
                // The article profile marks no quotes, so every line has text.
                int start = writer.WriteLine(content.Pieces[i], "\n");
                lines.Add(content.Lines[i] with { Span = new TextSpan(start, content.Lines[i].Span.Length) });
            }
        }

        var source = writer.Finish(path);
        var parsed = PagePartitioner.Parse(source, lines, inputFindings);
        var kind = signals.IsScholarly || parsed.Kind == DocumentKind.ArticlePage ? DocumentKind.ArticlePage : DocumentKind.NewsPage;
        var posts = parsed.Posts;
        if (page.Posts.Count > 0 && page.Posts[0].PostedAt is { } published && posts.Length == 1)
        {
            posts = [posts[0] with { PostedAt = published }];
        }

        return new ThreadDocument(source, kind, page.Title ?? parsed.Title, null, posts, inputFindings);
    }
}
