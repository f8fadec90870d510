using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Parsing;

namespace ClaimCheck.Tests.Parsing;

/// <summary>Bad input gets a clear CC9002/CC9003 finding, never an exception, crash or hang.</summary>
public sealed class BadInputTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), "claimcheck-bad-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void ShouldBeUnreadable(ReadResult result, string reason)
    {
        result.Succeeded.Should().BeFalse();
        result.Document.Should().BeNull();
        var finding = result.InputFindings.Should().ContainSingle().Subject;
        finding.Id.Should().Be("CC9002");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Contain(reason);
        result.Error.Should().Be(finding.Message);
    }

    [Test]
    public void Empty_file() => ShouldBeUnreadable(ClaimChecker.ReadFile(Write("empty.txt", [])), "empty");

    [Test]
    public void File_of_white_space_only() => ShouldBeUnreadable(ClaimChecker.ReadFile(Write("blank.txt", "  \n\t\r\n"u8.ToArray())), "empty");

    [Test]
    public void Binary_file()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];
        ShouldBeUnreadable(ClaimChecker.ReadFile(Write("image.txt", png)), "binary");
    }

    [Test]
    public void Invalid_utf8_names_the_offending_byte()
    {
        byte[] bytes = [.. "Of 49 patients, 23 improved "u8, 0xE9, .. " (46.9%)."u8];
        ShouldBeUnreadable(ClaimChecker.ReadFile(Write("latin1.txt", bytes)), "invalid byte 0xE9 at offset 28");
    }

    [Test]
    public void Missing_file() => ShouldBeUnreadable(ClaimChecker.ReadFile(Path.Combine(_dir, "nope.txt")), "does not exist");

    [Test]
    public void Directory_instead_of_file() => ShouldBeUnreadable(ClaimChecker.ReadFile(_dir), "directory");

    [Test]
    public void Html_with_an_unknown_declared_charset_is_read_from_its_bytes()
        => new ThreadReader().Read("<html><head><meta charset=\"x-klingon\"></head><body>hi</body></html>"u8).Succeeded.Should().BeTrue("browsers ignore a label no encoding has (issue 15)");

    [Test]
    public void Utf16_text_with_a_byte_order_mark_is_read()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Of 49 patients, 23 (46.9%) improved over the year of follow-up.")];

        var result = ClaimChecker.ReadFile(Write("utf16.txt", bytes));

        result.Succeeded.Should().BeTrue();
        result.Document!.Blocks.Single().Text.Should().Contain("23 (46.9%)");
    }

    [Test]
    public void Html_without_charset_that_is_not_utf8_is_read_as_windows_1252()
    {
        byte[] bytes = [.. "<html><body><p>Gr"u8, 0xFC, .. "n und "u8, 0x80, .. "5</p></body></html>"u8];

        var result = new ThreadReader().Read(bytes);

        result.Succeeded.Should().BeTrue();
        result.Document!.Source.Text.Should().Contain("Grün und €5");
    }

    [Test]
    public void Input_over_the_limit_is_cut_at_a_line_break_and_the_rest_is_named()
    {
        var reader = new ThreadReader(new ReaderOptions { MaxInputBytes = 100 });
        byte[] bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 20).Select(i => $"Line {i} says that 23 of 49 improved.\n")));

        var result = reader.Read(bytes, "big.txt");

        result.Succeeded.Should().BeTrue();
        var finding = result.InputFindings.Should().ContainSingle().Subject;
        finding.Id.Should().Be("CC9003");
        finding.Message.Should().Contain($"the input is {bytes.Length:N0} bytes").And.Contain("the first 72 bytes");
        // Lines 1 and 2 are 36 bytes each with their line break; line 3 would end at byte 108, past the limit.
        result.Document!.Source.Text.Should().EndWith("Line 2 says that 23 of 49 improved.\n");
    }

    [Test]
    [CancelAfter(60_000)]
    public void A_100_MB_text_file_is_read_up_to_the_limit_in_linear_time()
    {
        string path = Path.Combine(_dir, "huge.txt");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            long written = 0;
            for (int i = 0; written < 100L * 1024 * 1024; i++)
            {
                string line = $"Patient {i}: 23 of 49 (46.9%) improved with an OR of 1.68 (95% CI 0.65–4.34), p = 0.28.";
                writer.WriteLine(line);
                written += Encoding.UTF8.GetByteCount(line) + 1;
            }
        }

        var result = ClaimChecker.ReadFile(path);

        result.Succeeded.Should().BeTrue();
        result.InputFindings.Should().ContainSingle().Which.Id.Should().Be("CC9003");
        result.Document!.Source.Length.Should().BeLessThanOrEqualTo((int)ReaderOptions.Default.MaxInputBytes);
        result.Document.Blocks.Should().NotBeEmpty();
    }

    [Test]
    [CancelAfter(30_000)]
    public void Html_nested_ten_thousand_deep_parses()
    {
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "<p>Of 49 patients, 23 improved in the treated group over the year.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "</body></html>";

        var result = new ThreadReader().Read(Encoding.UTF8.GetBytes(html), "deep.html");

        result.Succeeded.Should().BeTrue();
    }

    [Test]
    public void Html_nested_ten_thousand_deep_without_closing_tags_parses()
    {
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<b><i>", 5_000)) + "text";

        new ThreadReader().Read(Encoding.UTF8.GetBytes(html)).Succeeded.Should().BeTrue();
    }
}
