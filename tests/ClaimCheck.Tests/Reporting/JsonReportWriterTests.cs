using System.Text.Json;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

/// <summary>The JSON report (source-generated serialization) keeps the documented schema 0.2 shape.</summary>
public sealed class JsonReportWriterTests
{
    [Test]
    public void Claims_values_and_numbers_have_the_documented_fields_in_order_without_type_metadata()
    {
        using var stream = new MemoryStream();
        JsonReportWriter.Write(stream, [ClaimChecker.CheckFile(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt"))]);
        string text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        using var json = JsonDocument.Parse(text);

        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("schemaVersion", "documents");
        json.RootElement.GetProperty("schemaVersion").GetString().Should().Be("0.2");
        var document = json.RootElement.GetProperty("documents")[0];
        document.EnumerateObject().Select(p => p.Name).Should().Equal("path", "kind", "title", "error", "posts", "claims", "findings");
        var claims = document.GetProperty("claims").EnumerateArray().ToList();
        var ratio = claims.First(c => c.GetProperty("kind").GetString() == "ratioEstimate");
        ratio.GetProperty("values").EnumerateObject().Select(p => p.Name).Should().Equal("measure", "adjusted", "estimate", "interval", "p");
        ratio.GetProperty("values").GetProperty("p").ValueKind.Should().Be(JsonValueKind.Null);
        var proportion = claims.First(c => c.GetProperty("text").GetString() == "46.94% (23/49)");
        proportion.GetProperty("values").EnumerateObject().Select(p => p.Name).Should().Equal("count", "total", "percent", "group", "totalFromContext");
        var percent = proportion.GetProperty("values").GetProperty("percent");
        percent.EnumerateObject().Select(p => p.Name).Should().Equal("text", "value", "decimals", "start", "length", "percent");
        proportion.GetProperty("values").GetProperty("count").EnumerateObject().Select(p => p.Name).Should().Equal("text", "value", "decimals", "start", "length");
        claims.SelectMany(c => c.GetProperty("numbers").EnumerateArray()).Select(n => n.TryGetProperty("reconstructed", out var flag) && flag.GetBoolean()).Should().Contain(true, "4 × 107 is reconstructed");
        text.Should().NotContain("$type").And.Contain("4\\u2009×\\u2009107", "the multiplication sign is kept as is (the relaxed encoder escapes only some spaces)");
        document.GetProperty("posts")[0].EnumerateObject().Select(p => p.Name).Should().Equal("index", "author", "postedAt", "blocks");
    }

    [Test]
    public void A_long_block_is_written_in_pieces_with_the_same_text_and_escapes()
    {
        // Two paragraphs, each longer than the writer's text segment, full of characters JSON escapes or that take two
        // UTF-16 units (a surrogate pair must not be cut between segments): the block's text must read back exactly.
        string unit = "Mortality was 12% \"lower\" (p = 0.03) \U0001F600 in <arm> A\\B, 患者 — ";
        string first = string.Concat(Enumerable.Repeat(unit, 700)).TrimEnd();
        string second = string.Concat(Enumerable.Repeat("x" + unit, 500)).TrimEnd();
        var result = ClaimChecker.Check(first + "\n\n" + second + "\n");
        using var stream = new MemoryStream();

        JsonReportWriter.Write(stream, [result]);

        using var json = JsonDocument.Parse(stream.ToArray());
        var blocks = json.RootElement.GetProperty("documents")[0].GetProperty("posts").EnumerateArray().SelectMany(p => p.GetProperty("blocks").EnumerateArray()).ToList();
        blocks.Select(b => b.GetProperty("text").GetString()).Should().Equal(result.Document!.Posts.SelectMany(p => p.Blocks).Select(b => b.Text));
        string.Concat(blocks.Select(b => b.GetProperty("text").GetString())).Should().Contain(unit.TrimEnd());
    }
}
