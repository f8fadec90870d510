namespace ClaimCheck.Tests.Parsing.Html;

/// <summary>Offsets of the built source text map back to the line and column of the HTML file.</summary>
public sealed class SourceMapTests
{
    [Test]
    public void A_paragraph_points_at_the_line_and_column_of_its_text_in_the_file()
    {
        string page = HtmlPages.Shared("xenforo/katzen-forum.net-Pepe.html");
        var document = HtmlPages.Read(page);
        string[] fileLines = File.ReadAllLines(page);
        var paragraph = document.Posts[0].Blocks[0].Paragraphs.First(p => p.Text.StartsWith("Heute Abend kämme ich ihn", StringComparison.Ordinal));

        var at = document.Source.GetLinePosition(paragraph.Span.Start);

        at.Line.Should().Be(915);
        fileLines[at.Line - 1].Should().Be("Heute Abend kämme ich ihn nochmal mit dem Flohkam durch.<br />");
        at.Column.Should().Be(1);
        var first = document.Source.GetLinePosition(document.Posts[0].Blocks[0].Paragraphs[0].Span.Start);
        first.Should().Be(new Text.LinePosition(910, 28), "\"Hallo,\" follows <div class=\"bbWrapper\"> on line 910");
    }

    [Test]
    public void A_number_after_a_character_reference_maps_exactly()
    {
        string page = HtmlPages.Shared("vbulletin/pocketpc.ch.auslieferung.html");
        var document = HtmlPages.Read(page);
        string original = HtmlPages.Original(page);
        var sentence = document.Blocks.SelectMany(b => b.Sentences).First(s => s.Text.StartsWith("Es soll z.B. eine \"copy&paste\"", StringComparison.Ordinal));

        int dash = sentence.Text.IndexOf("-Funktion", StringComparison.Ordinal);
        var at = document.Source.GetLinePosition(sentence.Span.Start + dash);
        string line = original.Split('\n')[at.Line - 1];

        line.Should().Contain("&quot;copy&amp;paste&quot;-Funktion");
        line[(at.Column - 1)..].Should().StartWith("-Funktion");
    }

    [TestCase("xenforo/katzen-forum.net-Pepe.html")]
    [TestCase("xenforo/villagersandheroes.com.forums.patchnotes.html")]
    [TestCase("xenforo/marshallforum.com-be673eda133d.html")]
    [TestCase("discourse/forum.uipath.com-566030b8de34.html")]
    [TestCase("discourse/forum.uipath.com-a11ddefa8af0.html")]
    [TestCase("phpbb/foren.myoos.de.html")]
    [TestCase("phpbb/forums.debian.net-5d5c1f0e282c.html")]
    [TestCase("vbulletin/pocketpc.ch.auslieferung.html")]
    [TestCase("vbulletin/worldaffairsboard.com-717e9d39a4c7.html")]
    public void Every_visible_character_of_every_block_of_a_real_page_maps_to_itself_in_the_file(string page)
        => EveryVisibleCharacterMapsToItself(HtmlPages.Shared(page));

    [TestCase("seeds-html/000_ee862e205fadbfc4.xenforo.html")]
    [TestCase("constructed/discourse-topic.html")]
    [TestCase("constructed/phpbb-topic.html")]
    [TestCase("constructed/vbulletin4-thread.html")]
    public void Every_visible_character_of_every_block_of_a_bundled_page_maps_to_itself_in_the_file(string page)
        => EveryVisibleCharacterMapsToItself(HtmlPages.Bundled(page));

    private static void EveryVisibleCharacterMapsToItself(string page)
    {
        var document = HtmlPages.Read(page);
        string[] lines = HtmlPages.Original(page).Split('\n');
        int checkedChars = 0;
        foreach (var paragraph in document.Blocks.SelectMany(b => b.Paragraphs))
        {
            for (int i = paragraph.Span.Start; i < paragraph.Span.End; i++)
            {
                char c = document.Source.Text[i];
                if (char.IsWhiteSpace(c))
                {
                    // Collapsed white space has no single origin.
                    continue;
                }

                var at = document.Source.GetLinePosition(i);
                char found = lines[at.Line - 1][at.Column - 1];
                // A character read from a reference ("&amp;") maps to the reference's '&'.
                if (found != c && found != '&')
                {
                    Assert.Fail($"'{c}' at {i} maps to {at}, where the file has '{found}'");
                }

                checkedChars++;
            }
        }

        checkedChars.Should().BeGreaterThan(300);
    }
}
