using System.Text;
using ClaimCheck.Parsing;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Parsing.SavedForms;

/// <summary>
/// MHTML, a browser's single-file save: the page in its HTML part (quoted-printable, base64, a legacy charset) read
/// through the HTML pipeline, with positions in the .mht file; bad files get CC9002 or CC9003, never an exception.
/// </summary>
public sealed class MhtmlReadingTests
{
    private const string Claim = "29 of 58 patients (52.7%)";

    private string _dir = null!;

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), "claimcheck-mhtml-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private static string Fixture(string name) => Path.Combine(Corpus.RepositoryRoot, "tests", "ClaimCheck.Tests", "Parsing", "SavedForms", "Fixtures", name);

    private string Write(string name, string text, Encoding? encoding = null)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, (encoding ?? Encoding.Latin1).GetBytes(text));
        return path;
    }

    /// <summary>The line and column of <paramref name="needle"/> in the file, counted on its bytes (all ASCII where it stands).</summary>
    private static LinePosition PositionInFile(string path, string needle)
    {
        string text = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        int at = text.IndexOf(needle, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"the fixture has '{needle}'");
        int lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return new LinePosition(text[..at].Count(c => c == '\n') + 1, at - lineStart + 1);
    }

    [Test]
    public void A_quoted_printable_page_is_read_as_html_with_soft_breaks_joined_and_utf8_decoded()
    {
        var read = ClaimChecker.ReadFile(Fixture("chrome-qp.mhtml"));

        read.Succeeded.Should().BeTrue(read.Error);
        var document = read.Document!;
        document.Title.Should().Be("Graded exercise trial reports its results");
        string text = document.Source.Text;
        text.Should().Contain("A café owner who took part").And.Contain("the programme changed her week").And.Contain("to graded exercise or to usual care");
        text.Should().NotContain("=3D").And.NotContain("article {", "the stylesheet part is not the page");
    }

    [Test]
    public void A_finding_in_a_quoted_printable_page_points_at_the_mhtml_file()
    {
        string path = Fixture("chrome-qp.mhtml");

        var finding = ClaimChecker.CheckFile(path).Findings.Should().ContainSingle(f => f.Id == "CC1001").Subject;

        finding.Location.Text.Should().StartWith(Claim);
        finding.Location.Position.Should().Be(PositionInFile(path, Claim));
        finding.Location.Page.Should().BeNull();
    }

    [Test]
    public void Chromium_s_own_single_file_save_is_read_and_its_finding_points_at_the_file()
    {
        string path = Fixture("chromium-saved.mhtml");

        var check = ClaimChecker.CheckFile(path);

        check.Document!.Title.Should().Be("Café study: Graded exercise therapy for chronic fatigue: a multicentre randomised controlled trial");
        check.Document.Source.Text.Should().Contain("the evidence for treatments that improve physical functioning").And.NotContain("column-count");
        var finding = check.Findings.Should().ContainSingle(f => f.Id == "CC1001").Subject;
        // Line 36 of the file: "<p><b>Results.</b> In the exercise group, 29 of 58 …", the claim after 42 characters.
        finding.Location.Position.Should().Be(new LinePosition(36, 43)).And.Be(PositionInFile(path, Claim));
    }

    [Test]
    public void A_windows_1252_part_is_decoded_in_its_charset_and_mapped_past_its_escapes()
    {
        string path = Fixture("legacy-charset.mht");

        var check = ClaimChecker.CheckFile(path);

        check.Document!.Source.Text.Should().Contain("L'âge moyen était de 54.3 ± 8.2 ans; café et thé étaient permis.");
        check.Document.Source.Text.Should().Contain("avant de recommander le programme aux patients");
        var finding = check.Findings.Should().ContainSingle(f => f.Id == "CC1001").Subject;
        // After six =XX escapes on its line: the column is the file's, not the decoded text's.
        finding.Location.Position.Should().Be(PositionInFile(path, Claim));
    }

    [Test]
    public void A_base64_page_maps_its_findings_to_the_encoded_line()
    {
        string html = "<html><head><title>Trial</title></head><body><article><h1>Graded exercise trial reports its results</h1>"
            + "<p>The trial randomised adults with chronic fatigue to graded exercise or to usual care and followed them for one year. "
            + "The authors said that the effect on physical function was modest and that larger trials are needed.</p>"
            + $"<p>In the exercise group, {Claim} reported a benefit at one year; in usual care, fewer did.</p></article></body></html>";
        string header = "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"b64\"\r\n\r\n--b64\r\n"
            + "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
        string body = Convert.ToBase64String(Encoding.UTF8.GetBytes(html), Base64FormattingOptions.InsertLineBreaks);
        string path = Write("page.mht", header + body + "\r\n--b64--\r\n");

        var finding = ClaimChecker.CheckFile(path).Findings.Should().ContainSingle(f => f.Id == "CC1001").Subject;

        // Each base64 line of 76 characters holds 57 bytes of the page.
        int headerLines = header.Count(c => c == '\n');
        int expectedLine = headerLines + (Encoding.UTF8.GetByteCount(html[..html.IndexOf(Claim, StringComparison.Ordinal)]) / 57) + 1;
        finding.Location.Position.Line.Should().Be(expectedLine);
        finding.Location.Position.Column.Should().BeInRange(1, 76);
    }

    [Test]
    public void A_seed_page_saved_as_mhtml_gives_the_html_s_findings_at_the_same_bytes()
    {
        string htmlPath = Corpus.PathOf("seeds-html/000_ee862e205fadbfc4.xenforo.html");
        byte[] html = File.ReadAllBytes(htmlPath);
        var (encoded, map) = QuotedPrintable(html);
        string header = "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B----\"\r\n\r\n\r\n"
            + "------B----\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
        string path = Path.Combine(_dir, "seed.mhtml");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes(header), .. encoded, .. "\r\n------B------\r\n"u8]);

        var fromHtml = ClaimChecker.CheckFile(htmlPath).Findings;
        var fromMhtml = ClaimChecker.CheckFile(path).Findings;

        fromHtml.Should().NotBeEmpty();
        fromMhtml.Select(f => (f.Id, f.Message, f.Location.Text)).Should().Equal(fromHtml.Select(f => (f.Id, f.Message, f.Location.Text)));
        string htmlText = Encoding.UTF8.GetString(html);
        string mhtml = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        for (int i = 0; i < fromHtml.Length; i++)
        {
            // The .html position as a byte offset, through the test's own encoder's map, is the .mhtml position.
            int htmlByte = Encoding.UTF8.GetByteCount(htmlText.AsSpan(0, Offset(htmlText, fromHtml[i].Location.Position)));
            Offset(mhtml, fromMhtml[i].Location.Position).Should().Be(header.Length + map[htmlByte], fromHtml[i].ToString());
        }
    }

    /// <summary>The character offset of a 1-based line and column in <paramref name="text"/> (lines end at \n).</summary>
    private static int Offset(string text, LinePosition position)
    {
        int start = 0;
        for (int line = 1; line < position.Line; line++)
        {
            start = text.IndexOf('\n', start) + 1;
        }

        return start + position.Column - 1;
    }

    /// <summary>A plain quoted-printable encoder (line breaks kept, lines soft-broken before 76) and the offset each input byte is written at.</summary>
    private static (byte[] Encoded, int[] Map) QuotedPrintable(byte[] input)
    {
        var output = new List<byte>();
        var map = new int[input.Length + 1];
        int column = 0;
        for (int i = 0; i < input.Length; i++)
        {
            byte b = input[i];
            if (b is (byte)'\r' or (byte)'\n')
            {
                map[i] = output.Count;
                output.Add(b);
                column = 0;
                continue;
            }

            string piece = b is >= 33 and <= 126 and not (byte)'=' || b == (byte)' ' ? ((char)b).ToString() : $"={b:X2}";
            if (column + piece.Length > 73)
            {
                output.AddRange("=\r\n"u8.ToArray());
                column = 0;
            }

            map[i] = output.Count;
            output.AddRange(Encoding.ASCII.GetBytes(piece));
            column += piece.Length;
        }

        map[input.Length] = output.Count;
        return ([.. output], map);
    }

    [Test]
    public void An_mhtml_file_is_found_by_its_content_whatever_its_name()
    {
        string path = Write("saved.txt", File.ReadAllText(Fixture("chrome-qp.mhtml"), Encoding.Latin1));

        var read = ClaimChecker.ReadFile(path);

        read.Document!.Title.Should().Be("Graded exercise trial reports its results");
        read.Document.Source.Text.Should().NotContain("Content-Transfer-Encoding");
    }

    [Test]
    public void The_root_part_named_by_start_is_the_page_even_when_it_is_not_first()
    {
        string text = "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; start=\"<page@x>\"; boundary=\"B\"\r\n\r\n"
            + "--B\r\nContent-Type: text/html\r\nContent-ID: <frame@x>\r\n\r\n<html><body><p>An embedded frame, not the page.</p></body></html>\r\n"
            + "--B\r\nContent-Type: text/html; charset=utf-8\r\nContent-ID: <page@x>\r\n\r\n<html><head><title>The page</title></head><body><p>The page itself.</p></body></html>\r\n--B--\r\n";

        var read = ClaimChecker.ReadFile(Write("start.mht", text));

        read.Document!.Title.Should().Be("The page");
        read.Document.Source.Text.Should().NotContain("embedded frame");
    }

    [Test]
    public void A_file_without_an_html_part_is_CC9002_naming_its_parts()
    {
        string text = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
            + "--B\r\nContent-Type: text/css\r\n\r\nbody { color: red; }\r\n--B--\r\n";

        var read = ClaimChecker.ReadFile(Write("images.mht", text));

        read.Succeeded.Should().BeFalse();
        var finding = read.InputFindings.Should().ContainSingle().Subject;
        finding.Id.Should().Be("CC9002");
        finding.Message.Should().Be("the MHTML file has no HTML part to read (its parts are image/png, text/css)");
    }

    [Test]
    public void Broken_boundaries_are_CC9002_not_a_crash()
    {
        string text = "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"declared\"\r\n\r\n"
            + "--other\r\nContent-Type: text/html\r\n\r\n<html><body><p>29 of 58 patients (52.7%)</p></body></html>\r\n--other--\r\n";

        var read = ClaimChecker.ReadFile(Write("broken.mht", text));

        read.Succeeded.Should().BeFalse();
        read.InputFindings.Should().ContainSingle().Which.Message.Should().Be("the MHTML file has no HTML part to read (its multipart/related body has no parts: the boundary \"declared\" never starts one)");
    }

    [Test]
    public void A_part_cut_off_by_the_size_limit_is_read_as_far_as_it_goes_with_CC9003()
    {
        string path = Fixture("chrome-qp.mhtml");
        long cut = File.ReadAllText(path, Encoding.Latin1).IndexOf("</article>", StringComparison.Ordinal);

        var read = new ThreadReader(new ReaderOptions { MaxInputBytes = cut }).ReadFile(path);

        read.Succeeded.Should().BeTrue(read.Error);
        read.InputFindings.Should().ContainSingle().Which.Id.Should().Be("CC9003");
        read.Document!.Source.Text.Should().Contain(Claim);
    }

    [Test]
    public void Junk_after_mime_headers_never_throws()
    {
        var random = new Random(13);
        foreach (int length in new[] { 0, 1, 100, 5000 })
        {
            var junk = new byte[length];
            random.NextBytes(junk);
            byte[] bytes = [.. "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n"u8, .. junk];

            var read = new ThreadReader().Read(bytes, "junk.mht");

            (read.Succeeded || read.InputFindings.Any(f => f.Id == "CC9002")).Should().BeTrue();
        }
    }

    [Test]
    public void Decoders_keep_the_offset_of_each_byte()
    {
        byte[] qp = "a=3Db=\r\nc=C3=A9"u8.ToArray();
        var (bytes, sources) = ClaimCheck.Parsing.Mhtml.MhtmlFile.DecodeQuotedPrintable(qp, 0, qp.Length);
        Encoding.UTF8.GetString(bytes).Should().Be("a=bcé");
        sources.Should().Equal(0, 1, 4, 8, 9, 12);

        byte[] b64 = "aGVs\r\nbG8="u8.ToArray();
        (bytes, sources) = ClaimCheck.Parsing.Mhtml.MhtmlFile.DecodeBase64(b64, 0, b64.Length);
        Encoding.ASCII.GetString(bytes).Should().Be("hello");
        sources.Should().Equal(0, 0, 0, 6, 6);
    }
}
