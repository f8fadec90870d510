using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Parsing.Layout;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Extraction;

/// <summary>The public entry points: claims grouped per block, spans into the document's source text, CC9004 findings.</summary>
[TestFixture]
public sealed class ClaimExtractorTests
{
    [Test]
    public void Groups_the_claims_of_a_parsed_thread_by_post_and_block()
    {
        string path = Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt");
        var document = ClaimChecker.Parse(File.ReadAllText(path), path);

        var result = ClaimExtractor.Extract(document);

        var withClaims = result.Blocks.Where(b => b.Claims.Length > 0).ToList();
        withClaims.Select(b => b.PostIndex).Should().Equal(1, 5);
        withClaims[0].Claims.Should().Contain(c => c.Text == "46.94% (23/49)");
        withClaims[1].Claims.Should().Contain(c => c.Text == "2:1");
        result.Source.Should().BeSameAs(document.Source);
        foreach (var block in result.Blocks)
        {
            block.Block.Should().NotBeNull();
            block.Claims.Where(c => !block.Span.Contains(c.Span) || c.Text != document.Source.ToString(c.Span)).Should().BeEmpty();
            block.Claims.Select(c => c.Span.Start).Should().BeInAscendingOrder();
        }
    }

    [Test]
    public void Reports_each_reconstructed_number_as_CC9004_at_its_line_in_the_file()
    {
        string path = Corpus.PathOf("seeds/004_234abb51753c3ea1.txt");
        var document = ClaimChecker.Parse(File.ReadAllText(path), path);

        var finding = ClaimExtractor.Extract(document).Findings.Single();

        finding.Id.Should().Be("CC9004");
        finding.Severity.Should().Be(Severity.Info);
        finding.Location.Text.Should().Be("5 × 105");
        finding.Location.Position.Line.Should().Be(8);
        finding.Message.Should().Contain("5 × 10^5");
    }

    [Test]
    public void Leaves_a_total_stated_elsewhere_in_the_block_to_linking()
    {
        var document = DocumentOf(
            "Patients received MSC (n = 65) or placebo (n = 35).",
            "Normal CT was seen in 23 (35.4%) in the MSC group and 10 (28.6%) in the placebo group.");

        var proportions = ClaimExtractor.Extract(document).Claims.OfType<ProportionClaim>().ToList();

        proportions.Should().HaveCount(2);
        proportions.Should().OnlyContain(p => p.Total == null && !p.TotalFromContext, "lending a group's size to its percentages is Linking's step");
    }

    [Test]
    public void Reads_raw_text_as_one_block_line_by_line()
    {
        const string text = "Results\nThree years later, 46.94% (23/49) were normal (p = 0.03).\r\nConclusions\nNone.";

        var result = ClaimExtractor.ExtractFromText(text);

        var block = result.Blocks.Should().ContainSingle().Subject;
        block.PostIndex.Should().Be(1);
        block.Block.Should().BeNull();
        block.Span.Should().Be(new TextSpan(0, text.Length));
        block.Claims.Select(c => c.Text).Should().Equal("46.94% (23/49)", "p = 0.03");
        block.Claims.Where(c => !c.SentenceSpan.Contains(c.Span)).Should().BeEmpty();
    }

    [Test]
    public void Gives_no_claims_for_empty_text()
    {
        var result = ClaimExtractor.ExtractFromText(string.Empty);

        result.Claims.Should().BeEmpty();
        result.Findings.Should().BeEmpty();
    }

    [Test]
    public void Rejects_null_arguments()
    {
        FluentActions.Invoking(() => ClaimExtractor.Extract(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ClaimExtractor.ExtractFromText(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Lists_every_number_of_a_claim_in_text_order()
    {
        const string text = "Risk fell (OR = 0.54, 95% CI: 0.20–1.41, p = 0.21).";

        var claim = ClaimExtractor.ExtractFromText(text).Claims.OfType<RatioEstimateClaim>().Single();

        claim.Numbers.Select(n => n.Text).Should().Equal("0.54", "95", "0.20", "1.41", "0.21");
        claim.HasReconstructedNumber.Should().BeFalse();
        claim.Interval!.LevelOrDefault.Should().BeApproximately(0.95, 1e-12);
    }

    private static ThreadDocument DocumentOf(params string[] paragraphs)
    {
        string text = string.Join("\n", paragraphs);
        var source = SourceText.From(text);
        var spans = new List<BlockFactory.ParagraphSpan>();
        int start = 0;
        foreach (string p in paragraphs)
        {
            spans.Add(new BlockFactory.ParagraphSpan(ParagraphKind.Body, new TextSpan(start, p.Length), null));
            start += p.Length + 1;
        }

        var block = BlockFactory.Create(source, BlockKind.ArticleText, spans, null);
        return new ThreadDocument(source, DocumentKind.PlainText, null, null, [new Post(1, null, null, [block])], ImmutableArray<Finding>.Empty);
    }
}
