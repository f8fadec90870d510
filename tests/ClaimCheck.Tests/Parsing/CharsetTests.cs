using System.Text;
using ClaimCheck.Parsing;

namespace ClaimCheck.Tests.Parsing;

/// <summary>
/// Issue 15, item 8: the byte-order mark first, then only a <c>&lt;meta&gt;</c> declaration in the head,
/// checked against the bytes; a detector for undeclared legacy pages; every refusal names its reason.
/// </summary>
public sealed class CharsetTests
{
    private const string Claim = "Of 49 patients, 23 (46.9%) improved in the treated group.";

    private static string Text(ReadResult result)
    {
        result.Succeeded.Should().BeTrue(result.Error);
        return result.Document!.Source.Text;
    }

    [Test]
    public void The_words_charset_utf_16_in_the_text_of_a_utf8_page_are_not_a_declaration()
    {
        byte[] page = Encoding.UTF8.GetBytes($"<html><head><title>x</title></head><body><p>Save it with charset=utf-16 or charset=utf-16. — Grün: {Claim}</p></body></html>");

        Text(new ThreadReader().Read(page)).Should().Contain("Grün: " + Claim);
    }

    [TestCase("<!-- <meta charset=\"windows-1251\"> -->")]
    [TestCase("<script>var s = '<meta charset=\"windows-1251\">';</script>")]
    [TestCase("<meta name=\"description\" content=\"charset=windows-1251\">")]
    public void A_charset_in_a_comment_a_script_or_another_attribute_is_not_a_declaration(string head)
    {
        byte[] page = Encoding.UTF8.GetBytes($"<html><head>{head}</head><body><p>Grün: {Claim}</p></body></html>");

        Text(new ThreadReader().Read(page)).Should().Contain("Grün: " + Claim);
    }

    [Test]
    public void A_meta_in_the_body_is_not_a_declaration()
    {
        byte[] page = Encoding.UTF8.GetBytes($"<html><head></head><body><meta charset=\"windows-1251\"><p>Grün: {Claim}</p></body></html>");

        Text(new ThreadReader().Read(page)).Should().Contain("Grün: " + Claim);
    }

    [TestCase("<meta charset=\"utf-16\">")]
    [TestCase("<meta charset=utf-16le>")]
    [TestCase("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-16\">")]
    public void A_utf16_declaration_in_ascii_bytes_means_utf8(string meta)
    {
        byte[] page = Encoding.UTF8.GetBytes($"<html><head>{meta}</head><body><p>Grün: {Claim}</p></body></html>");

        Text(new ThreadReader().Read(page)).Should().Contain("Grün: " + Claim);
    }

    [TestCase("utf-16.")]
    [TestCase("x-klingon")]
    public void An_unknown_label_is_ignored_and_the_page_read_from_its_bytes(string label)
    {
        byte[] page = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"{label}\"></head><body><p>Grün: {Claim}</p></body></html>");

        Text(new ThreadReader().Read(page)).Should().Contain("Grün: " + Claim);
    }

    [Test]
    public void A_declared_legacy_charset_is_honoured()
    {
        var cyrillic = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
        byte[] page = cyrillic.GetBytes($"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>Из 49 пациентов: {Claim}</p></body></html>");

        Text(new ThreadReader().Read(page)).Should().Contain("Из 49 пациентов: " + Claim);
    }

    [Test]
    public void A_legacy_declaration_on_utf8_bytes_is_overruled_by_the_bytes()
    {
        byte[] page = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"iso-8859-1\"></head><body><p>Grün – {Claim}</p></body></html>");

        Text(new ThreadReader().Read(page)).Should().Contain("Grün – " + Claim);
    }

    [Test]
    public void A_multibyte_declaration_the_bytes_break_is_refused_with_the_reason()
    {
        byte[] page = [.. "<html><head><meta charset=\"shift_jis\"></head><body><p>"u8, 0x82, 0xFF, 0x82, .. "</p></body></html>"u8];

        var result = new ThreadReader().Read(page);

        result.Succeeded.Should().BeFalse();
        result.Error.Should().Contain("declares charset \"shift_jis\" but is not valid shift_jis");
    }

    [Test]
    public void An_undeclared_legacy_page_is_decoded_by_the_detector()
    {
        var cyrillic = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
        string russian = "Из 49 пациентов в группе лечения у 23 (46,9%) наблюдалось улучшение состояния по сравнению с 10 из 29 в группе плацебо. ";
        byte[] page = cyrillic.GetBytes($"<html><head><title>Исследование</title></head><body><p>{russian}{russian}{russian}</p></body></html>");

        Text(new ThreadReader().Read(page)).Should().Contain(russian);
    }

    [Test]
    public void Utf32_byte_order_marks_are_read_as_utf32_not_utf16()
    {
        foreach (var encoding in new[] { new UTF32Encoding(false, true), new UTF32Encoding(true, true) })
        {
            byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Claim + "\n")];

            Text(new ThreadReader().Read(bytes)).Should().Be(Claim + "\n", encoding.WebName);
        }
    }

    [Test]
    public void A_byte_order_mark_the_bytes_break_is_refused_with_the_reason()
    {
        byte[] bytes = [0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00, 0x00, 0xD8, 0x00, 0x00];

        var result = new ThreadReader().Read(bytes);

        result.Succeeded.Should().BeFalse();
        result.Error.Should().Contain("utf-32 byte-order mark but is not valid utf-32");
    }

    [Test]
    public void A_stream_is_bounded_like_a_file_and_the_rest_is_named()
    {
        var reader = new ThreadReader(new ReaderOptions { MaxInputBytes = 100 });
        byte[] bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Line says that 23 of 49 improved.\n", 30_000)));

        var result = reader.ReadStream(new MemoryStream(bytes), "<stdin>");

        result.Succeeded.Should().BeTrue();
        result.InputFindings.Should().ContainSingle().Which.Message.Should().Contain($"the input is {bytes.Length:N0} bytes");
        result.Document!.Source.Length.Should().BeLessThanOrEqualTo(100);
    }
}
