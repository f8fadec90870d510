using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Parsing.PlainText;

/// <summary>What ../shared/design/SEEDS.md asks of the five seed pages saved as text.</summary>
public sealed class SeedThreadParsingTests
{
    private static ThreadDocument Read(string name)
    {
        var result = ClaimChecker.ReadFile(Corpus.PathOf("seeds/" + name));
        result.Succeeded.Should().BeTrue(result.Error);
        return result.Document!;
    }

    private static string AllBlockText(ThreadDocument document) => string.Join("\n", document.Blocks.Select(b => b.Text));

    [Test]
    public void Seed000_is_a_thread_of_six_posts_by_the_named_members()
    {
        var document = Read("000_ee862e205fadbfc4.txt");

        document.Kind.Should().Be(DocumentKind.ForumThread);
        document.Posts.Select(p => p.Author).Should().Equal(
            "forestglip", "Utsikt", "Jonathan Edwards", "Utsikt", "SNT Gatchaman", "Jonathan Edwards");
        document.Posts.Select(p => p.Index).Should().Equal(1, 2, 3, 4, 5, 6);
        document.Forum.Should().Be("Long Covid research");
        document.Title.Should().StartWith("Long-term outcomes of mesenchymal stem cell therapy");
        document.Posts[0].PostedAt.Should().Be(new DateTimeOffset(2025, 2, 27, 0, 0, 0, TimeSpan.Zero));
    }

    [Test]
    public void Seed000_separates_quoted_abstracts_from_commentary()
    {
        var posts = Read("000_ee862e205fadbfc4.txt").Posts;

        posts[0].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.ArticleText);
        posts[0].Blocks[0].QuotedSource.Should().Be("Stem Cell Research and Therapy");
        posts[0].Blocks[0].Paragraphs.Where(p => p.Kind == ParagraphKind.Heading).Select(p => p.Text)
            .Should().Equal("Background", "Methods", "Results", "Conclusions");
        posts[1].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Commentary, BlockKind.ArticleText);
        posts[1].Blocks[0].Text.Should().Be("From the original study, line breaks added.");
        posts[2].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Commentary);
        posts[3].Blocks.Should().BeEmpty("Utsikt's second post has no text of its own");
        posts[4].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Commentary, BlockKind.ArticleText);
        posts[4].Blocks[0].Text.Should().StartWith("Looks like umbilical cord cells");
        posts[4].Blocks[1].Paragraphs[0].Kind.Should().Be(ParagraphKind.Title);
        posts[4].Blocks[1].Paragraphs[1].Kind.Should().Be(ParagraphKind.Byline);
        // The page has thin spaces (U+2009) around '=': they are kept as printed.
        posts[4].Blocks[1].Text.Should().Contain("In all, 100 COVID-19 patients were finally received either UC-MSCs (n\u2009=\u200965) or placebo (n\u2009=\u200935).");
        posts[5].Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Commentary);
    }

    [TestCase("Senior Member (Voting Rights)")]
    [TestCase("Messages:")]
    [TestCase("1,778")]
    [TestCase("Location:")]
    [TestCase("Norway")]
    [TestCase("like this.")]
    [TestCase("likes this.")]
    [TestCase("Link | PDF")]
    [TestCase("Share This Page")]
    [TestCase("Discussion in")]
    public void Seed000_chrome_is_in_no_block(string chrome)
        => AllBlockText(Read("000_ee862e205fadbfc4.txt")).Should().NotContain(chrome);

    [Test]
    public void Seed000_sentences_point_at_their_exact_text()
    {
        var document = Read("000_ee862e205fadbfc4.txt");
        var results = document.Posts[0].Blocks[0].Sentences.Where(s => s.Section == "Results").ToList();

        results.Should().HaveCount(5);
        results[0].Text.Should().StartWith("Three years post-treatment, 46.94% (23/49)").And.EndWith("0.65–4.34).");
        foreach (var sentence in document.Blocks.SelectMany(b => b.Sentences))
        {
            document.Source.ToString(sentence.Span).Should().Be(sentence.Text);
        }
    }

    [Test]
    public void Seed000_positions_map_to_file_lines()
    {
        var document = Read("000_ee862e205fadbfc4.txt");
        var heading = document.Posts[0].Blocks[0].Paragraphs.First(p => p.Text == "Results");
        string[] fileLines = File.ReadAllLines(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt"));

        var position = document.Source.GetLinePosition(heading.Span.Start);

        fileLines[position.Line - 1].Should().Be("    Results");
        position.Column.Should().Be(5);
    }

    [Test]
    public void Seed001_is_a_news_page_with_one_article_body_and_no_chrome()
    {
        var document = Read("001_db98887bc4b493aa.txt");

        document.Kind.Should().Be(DocumentKind.NewsPage);
        document.Posts.Should().ContainSingle();
        document.Blocks.Should().ContainSingle().Which.Kind.Should().Be(BlockKind.ArticleText);
        string text = AllBlockText(document);
        text.Should().Contain("17.9% (10/56) patients in the MSC group");
        text.Should().Contain("a difference of −10.8% when compared to placebo");
        foreach (var chrome in new[] { "EN | RU", "By clicking", "Help Support", "See All", "Comments (0)", "Something Went Wrong", "Try:", "COVID-19 COVID-19", "Lei Shi et al." })
        {
            text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void Seed002_is_an_article_page_in_English_then_Chinese()
    {
        var document = Read("002_bc1ab4963135bc6e.txt");

        document.Kind.Should().Be(DocumentKind.ArticlePage);
        document.Blocks.Select(b => b.Language).Should().Equal("en", "zh");
        document.Blocks.Should().OnlyContain(b => b.Kind == BlockKind.ArticleText && b.QuotedSource == "EBioMedicine");
        document.Blocks.First().Text.Should().Contain("-10.8% (95% CI: -20.7%, -1.5%, p = 0.030)");
        document.Blocks.Last().Text.Should().Contain("-10.8%(95%CI:-20.7%,-1.5%,p=0.030)在第 10 天");
        AllBlockText(document).Should().NotContain("Department of Infectious Diseases").And.NotContain("doi:");
    }

    [Test]
    public void Seed003_is_a_news_page_with_headings_and_list_items()
    {
        var document = Read("003_b2b854ce0c420455.txt");

        document.Kind.Should().Be(DocumentKind.NewsPage);
        var block = document.Blocks.Should().ContainSingle().Subject;
        block.Paragraphs.Where(p => p.Kind == ParagraphKind.ListItem).Should().HaveCount(4);
        block.Paragraphs.Where(p => p.Kind == ParagraphKind.Heading).Select(p => p.Section)
            .Should().Equal("Background", "Methods", "Results", "Conclusion");
        block.Text.Should().Contain("marginally smaller proportion");
        foreach (var chrome in new[] { "MedPath\n", "Subscribe Icon", "Stay Updated", "Related Topics", "Reference News", "pmc.ncbi.nlm.nih.gov", "© Copyright" })
        {
            block.Text.Should().NotContain(chrome);
        }
    }

    [Test]
    public void Seed004_keeps_the_abstract_and_drops_identifiers_and_lists_below()
    {
        var document = Read("004_234abb51753c3ea1.txt");

        document.Kind.Should().Be(DocumentKind.ArticlePage);
        document.Title.Should().StartWith("Safety and long-term improvement of mesenchymal stromal cell infusion");
        var block = document.Blocks.Should().ContainSingle().Subject;
        block.Text.Should().Contain("Seventeen patients diagnosed with COVID-19").And.Contain("(n = 11) or placebo (n = 6)");
        block.Sentences.Should().Contain(s => s.Section == "Methods" && s.Text.StartsWith("The patient infusion was three doses of 5 × 105 cells/kg", StringComparison.Ordinal));
        foreach (var chrome in new[] { "PMID", "PMCID", "Similar articles", "Cited by", "Trials. 2021 Jan 6;22(1):9", "Keywords:", "© 2022", "MeSH terms" })
        {
            block.Text.Should().NotContain(chrome);
        }
    }
}
