using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Parsing;

/// <summary>
/// Seed 000 saved as text and the same thread in XenForo markup (corpus/seeds-html, constructed) parse
/// to the same posts and blocks: the two readers agree on what is content, what is chrome and what role
/// each block has. Spans differ (they point into different source texts); everything read from them must not.
/// </summary>
public sealed class HtmlTextEquivalenceTests
{
    private static ThreadDocument Text() => ClaimChecker.ReadFile(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt")).Document!;

    private static ThreadDocument Html() => ClaimChecker.ReadFile(Corpus.PathOf("seeds-html/000_ee862e205fadbfc4.xenforo.html")).Document!;

    [Test]
    public void Both_give_the_same_thread()
    {
        var text = Text();
        var html = Html();

        html.Kind.Should().Be(text.Kind);
        html.Title.Should().Be(text.Title);
        html.Forum.Should().Be(text.Forum);
        html.Posts.Select(p => (p.Index, p.Author, p.PostedAt)).Should().Equal(text.Posts.Select(p => (p.Index, p.Author, p.PostedAt)));
    }

    [Test]
    public void Both_give_the_same_blocks_paragraphs_and_sentences()
    {
        var text = Text().Blocks.ToList();
        var html = Html().Blocks.ToList();

        html.Select(b => (b.Kind, b.QuotedSource, b.Language)).Should().Equal(text.Select(b => (b.Kind, b.QuotedSource, b.Language)));
        for (int i = 0; i < text.Count; i++)
        {
            html[i].Paragraphs.Select(p => (p.Kind, p.Text, p.Section)).Should().Equal(text[i].Paragraphs.Select(p => (p.Kind, p.Text, p.Section)), $"block {i}");
            html[i].Sentences.Select(s => (s.Text, s.Section)).Should().Equal(text[i].Sentences.Select(s => (s.Text, s.Section)), $"block {i}");
        }
    }

    [Test]
    public void Both_give_the_same_claims_and_findings()
    {
        var text = ClaimChecker.CheckFile(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt"));
        var html = ClaimChecker.CheckFile(Corpus.PathOf("seeds-html/000_ee862e205fadbfc4.xenforo.html"));

        html.Extraction!.Claims.Select(c => (c.Kind, c.Text)).Should().Equal(text.Extraction!.Claims.Select(c => (c.Kind, c.Text)));
        html.Findings.Select(f => (f.Id, f.Message, f.Location.Text)).Should().Equal(text.Findings.Select(f => (f.Id, f.Message, f.Location.Text)));
    }
}
