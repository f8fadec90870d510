using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Hostile inputs through the whole pipeline (a file on disk read by <see cref="ClaimChecker.CheckFile"/>,
/// then every report writer): each gives a document and findings, or a CC9002 with the reason, never an
/// exception or a hang. Each runs under <see cref="Guard"/>'s hang bound. Extraction alone on similar
/// inputs is covered by Extraction/LinearTimeTests; here the rules, the linker and the writers are in the path.
/// </summary>
public sealed class PathologicalInputTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), "claimcheck-robust-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private CheckResult CheckFile(string name, string text) => CheckFile(name, Encoding.UTF8.GetBytes(text));

    private CheckResult CheckFile(string name, byte[] bytes)
    {
        string path = Write(name, bytes);
        return Guard.Run(() => Guard.Finish(ClaimChecker.CheckFile(path)));
    }

    private static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();

    [Test]
    public void A_number_of_a_million_digits()
    {
        var result = CheckFile("digits.txt", "Of the patients, 23 improved (p = " + new string('7', 1_000_000) + ") and 10 of 29 did not.\n");

        result.Succeeded.Should().BeTrue();
        result.Extraction!.Claims.OfType<PValueClaim>().Should().ContainSingle().Which.P.ValueText.Should().HaveLength(1_000_000);
    }

    [Test]
    public void The_json_report_holds_a_number_too_large_for_a_double_as_text_with_a_null_value()
    {
        // Found by the fuzzer (seed 1, iterations 36 and 78): a run of digits reads as infinity, which JSON cannot hold.
        var result = ClaimChecker.Check("Of 49 patients, 23 improved (OR " + new string('9', 400) + ", 95% CI 1.2–3.4; p = 0." + new string('0', 400) + "1).");
        using var stream = new MemoryStream();

        JsonReportWriter.Write(stream, [result]);

        string json = Encoding.UTF8.GetString(stream.ToArray());
        json.Should().Contain("\"text\": \"" + new string('9', 400) + "\"").And.Contain("\"value\": null");
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("documents").GetArrayLength().Should().Be(1);
    }

    [Test]
    public void A_number_with_thousands_of_decimals_has_a_value_not_nan()
    {
        // Found by the fuzzer (seed 3, iteration 8612): "1·888…" with 6,000 decimals was read as ∞/∞ = NaN, and
        // CC2002 threw ArithmeticException from Math.Sign.
        string decimals = new('8', 6_000);
        var result = CheckFile("decimals.txt", $"The difference was 1.2 (95% CI 1·{decimals} to 0.5) and OR 0 × 10^{new string('9', 400)} (95% CI 1.2–3.4).\n");

        var numbers = result.Extraction!.Claims.SelectMany(c => c.Numbers).ToList();
        numbers.Should().NotContain(n => double.IsNaN(n.Value));
        numbers.Should().Contain(n => n.Decimals == 6_000).Which.Value.Should().BeApproximately(1.8889, 0.0001);
    }

    [Test]
    public void A_hundred_thousand_opening_brackets()
    {
        var result = CheckFile("brackets.txt", "Results: " + new string('(', 100_000) + "23/49 (46.9%) vs 10/29 (34.5%), OR 1.68 (95% CI 0.65–4.34)" + new string(')', 50_000) + ".\n");

        result.Succeeded.Should().BeTrue();
        result.Extraction!.Claims.Should().NotBeEmpty();
    }

    [Test]
    public void A_50_MB_file_of_one_line_finishes_and_keeps_memory_in_proportion()
    {
        string sentence = "In the trial 23 of 49 patients (46.9%) improved with an OR of 1.68 (95% CI 0.65–4.34), p = 0.28, but the placebo group did not. ";
        byte[] bytes = Encoding.UTF8.GetBytes(Repeat(sentence, 50 * 1024 * 1024 / Encoding.UTF8.GetByteCount(sentence)));
        bytes.AsSpan().Contains((byte)'\n').Should().BeFalse();
        long before = GC.GetTotalMemory(forceFullCollection: true);

        string path = Write("one-line.txt", bytes);
        // Reading, extraction and every rule, with the invariants; the writers are covered by the smaller inputs.
        // Ten minutes: about a minute on a quiet machine, five and more beside other builds; a quadratic pass over 50 MB would take days.
        var result = Guard.Run(() => ClaimChecker.CheckFile(path), TimeSpan.FromMinutes(10));
        Fuzz.Pipeline.Verify(result, "one line");

        result.Succeeded.Should().BeTrue();
        result.Document!.Source.Length.Should().Be(Encoding.UTF8.GetCharCount(bytes));
        result.Extraction!.Claims.Count().Should().BeGreaterThan(1_000_000);
        long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        // The text (2 bytes a character), its claims and findings: a few times the input, not its square.
        retained.Should().BeLessThan(30L * bytes.Length, "about {0:N0} MB were retained for a {1:N0} MB input", retained / 1e6, bytes.Length / 1e6);
        GC.KeepAlive(result);
    }

    [Test]
    public void Nul_bytes_make_a_text_file_unreadable_with_the_reason()
    {
        byte[] bytes = [.. "Of 49 patients, 23 improved."u8, 0, 0, .. " (46.9%)"u8];

        var result = CheckFile("nul.txt", bytes);

        result.Succeeded.Should().BeFalse();
        result.Findings.Should().ContainSingle().Which.Message.Should().Contain("binary");
    }

    [Test]
    public void A_nul_character_in_text_given_as_a_string_is_text()
    {
        var result = Guard.Run(() => Guard.Finish(ClaimChecker.Check("Of 49 patients,\0 23 (46.9%) improved.\0")));

        result.Succeeded.Should().BeTrue();
        result.Extraction!.Claims.Should().NotBeEmpty();
    }

    [TestCase(new byte[] { 0xED, 0xA0, 0x80 }, "0xED", TestName = "A UTF-8 encoded high surrogate is invalid UTF-8")]
    [TestCase(new byte[] { 0xED, 0xBF, 0xBF }, "0xED", TestName = "A UTF-8 encoded low surrogate is invalid UTF-8")]
    [TestCase(new byte[] { 0xC0, 0xAF }, "0xC0", TestName = "An overlong encoding is invalid UTF-8")]
    [TestCase(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, "0xF4", TestName = "A code point past U+10FFFF is invalid UTF-8")]
    public void Invalid_utf8_is_unreadable_with_the_offset(byte[] bad, string named)
    {
        byte[] bytes = [.. "Of 49 patients, 23 improved "u8, .. bad, .. " (46.9%).\n"u8];

        var result = CheckFile("surrogate.txt", bytes);

        result.Succeeded.Should().BeFalse();
        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Id.Should().Be("CC9002");
        finding.Message.Should().Contain($"invalid byte {named} at offset 28");
    }

    [Test]
    public void Lone_surrogates_in_a_string_are_checked_and_every_report_is_written()
    {
        string text = "Of 49 patients, 23 \uD800improved (46.9%)\uDFFF, OR 1.68 (95% CI 0.65–4.34), p = 0.28.\uDC00\uD800 Conclusions: it significantly improved lung recovery \uD83D.";

        var result = Guard.Run(() => Guard.Finish(ClaimChecker.Check(text, "lone.txt")));

        result.Succeeded.Should().BeTrue();
        result.Extraction!.Claims.Should().NotBeEmpty();
        using var stream = new MemoryStream();
        JsonReportWriter.Write(stream, [result]);
        System.Text.Json.JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("documents")[0].GetProperty("claims").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Test]
    public void A_utf8_file_with_a_latin1_section_is_unreadable_and_names_the_first_bad_byte()
    {
        byte[] bytes = [.. "Résumé: 23 of 49 improved.\n"u8, .. Encoding.Latin1.GetBytes("Résultats: 10 of 29 (34.5%) in the placebo group.\n")];

        var result = CheckFile("mixed.txt", bytes);

        result.Succeeded.Should().BeFalse();
        result.Findings.Single().Message.Should().Contain("not valid UTF-8").And.Contain("invalid byte 0xE9 at offset 30");
    }

    [Test]
    public void A_utf16_file_with_a_byte_order_mark_is_checked()
    {
        byte[] bytes = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Of 49 patients, 23 (46.9%) improved; 10 of 29 (34.48%) in the placebo group.\n")];

        var result = CheckFile("utf16be.txt", bytes);

        result.Succeeded.Should().BeTrue();
        result.Extraction!.Claims.OfType<ProportionClaim>().Should().NotBeEmpty();
    }

    [Test]
    public void A_byte_order_mark_in_the_middle_is_a_character_not_a_new_encoding()
    {
        byte[] bytes = [.. "In the MSC group 23/49 (46.9%) improved.\n"u8, 0xEF, 0xBB, 0xBF, .. "In the placebo group 10/29 (34.5%) improved.\n"u8];

        var result = CheckFile("bom.txt", bytes);

        result.Succeeded.Should().BeTrue();
        result.Extraction!.Claims.OfType<ProportionClaim>().Should().HaveCount(2);
    }

    [Test]
    public void Html_entity_bombs_are_read_as_text()
    {
        string html = "<!DOCTYPE html><html><body><article><p>Of 49 patients, 23 (46.9%) improved &" + Repeat("amp;", 200_000) + "lt; and "
            + Repeat("&nbsp;", 200_000) + " &#" + new string('9', 5_000) + "; &#x110000; &#xD800; &#0; " + Repeat("&#8722;", 50_000) + "12 in the treated group over the year.</p></article></body></html>";

        var result = CheckFile("entities.html", html);

        result.Succeeded.Should().BeTrue();
        result.Document!.Source.Text.Should().Contain("23 (46.9%) improved &amp;amp;");
    }

    [Test]
    public void A_script_in_every_post_never_becomes_claim_text()
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>t</title></head><body>");
        for (int i = 0; i < 200; i++)
        {
            html.Append($"<article class=\"message message--post\" data-author=\"m{i}\"><div class=\"message-userContent\"><div class=\"bbWrapper\">")
                .Append($"<script>var SCRIPTMARK = 'p = 0.00{i % 10} and 99/100 (99%)'; document.write('</div>');</script>")
                .Append($"In our group {i + 10} of 49 patients (x%) improved, p = 0.04.<script type=\"module\">SCRIPTMARK(1/2)</script>")
                .Append("</div></div></article>");
        }

        var result = CheckFile("scripts.html", html.Append("</body></html>").ToString());

        result.Document!.Posts.Should().HaveCount(200);
        result.Document.Source.Text.Should().NotContain("SCRIPTMARK").And.NotContain("99/100");
        result.Extraction!.Claims.Should().NotContain(c => c.Text.Contains("99/100") || c.Text.Contains("SCRIPTMARK"));
        result.Findings.Should().NotContain(f => f.Message.Contains("SCRIPTMARK"));
    }

    [Test]
    public void Html_nested_ten_thousand_deep_goes_through_the_whole_pipeline()
    {
        // AngleSharp takes about 1.5 s for this (its cost on deep nesting, docs/robustness.md); it must not overflow the stack.
        string html = "<!DOCTYPE html><html><body>" + Repeat("<div><blockquote>", 10_000) + "<p>Of 49 patients, 23 (46.9%) improved, OR 1.68 (95% CI 0.65–4.34).</p>"
            + Repeat("</blockquote></div>", 10_000) + "</body></html>";

        var result = CheckFile("deep.html", html);

        result.Succeeded.Should().BeTrue();
        result.Document!.Source.Text.Should().Contain("23 (46.9%) improved");
    }

    [Test]
    public void A_conclusion_of_70000_contrasting_wordings_is_checked_in_linear_time()
    {
        // Was quadratic: CC3001 cut the sentence into clauses again for each statement, CC3002 filtered the
        // sentence's claims once per clause (about 18 s at 4,000 repetitions, growing 16-fold per 4-fold input).
        string text = "Results: 23/49 (46.9%) vs 10/29 (34.5%) improved, OR 1.68 (95% CI 0.65–4.34).\n\nConclusions: The treatment "
            + Repeat("had no significant effect on pain but significantly improved function ", 35_000) + ".\n";

        var result = CheckFile("conclusions.txt", text);

        result.Succeeded.Should().BeTrue();
        result.Extraction!.Claims.OfType<SignificanceStatement>().Should().HaveCountGreaterThan(35_000);
    }

    [Test]
    public void A_sentence_of_thousands_of_clauses_with_results_is_checked_in_linear_time()
    {
        // Was quadratic in CC3002: the sentence's claims filtered once per clause, the sentence re-read once per clause.
        var result = CheckFile("clauses.txt", Repeat("no significant difference between groups (p = 0.01); significantly improved (p = 0.30) but ", 60_000) + ".\n");

        result.Findings.Where(f => f.Id == "CC3002").Should().HaveCountGreaterThan(1_000);
    }

    [Test]
    public void A_sentence_of_thousands_of_head_counts_is_linked_in_linear_time()
    {
        // Was quadratic in the linker: the stage words of the sentence were searched again for every count.
        var result = CheckFile("counts.txt", "Of the " + Repeat("65 patients randomised, ", 40_000) + "all finished.\n");

        result.Extraction!.Claims.OfType<CountClaim>().Should().HaveCountGreaterThan(30_000);
    }

    [Test]
    public void A_sentence_of_thousands_of_means_of_whole_numbers_is_checked_in_linear_time()
    {
        // Found by the fuzzer (seed 1, iteration 383, a repeated slice of an abstract): GRIM and GRIMMER lower-cased
        // the mean's sentence and searched the block's counts once per mean (32 s on 288 KB; now about 0.3 s).
        var result = CheckFile("means.txt", "The number of visits was " + Repeat("4.37 (SD 1.2) in the group of n = 20, ", 40_000) + "overall.\n");

        result.Extraction!.Claims.OfType<MeanSdClaim>().Should().HaveCountGreaterThan(10_000);
    }

    [Test]
    public void A_long_document_compared_with_itself_finishes()
    {
        // Found by the fuzzer (seed 1, iteration 174): the summary comparison took each claim's sentence apart
        // once per claim and compared every number with every number (30 s on 265 KB, and 257 s for 5 MB of repeated sentences; now 0.1 s and 1 s). A finding now also lists at
        // most Finding.MaxAdditionalLocations further locations: each of these statements matched every result of the page.
        string text = "Of the " + Repeat("65 patients, 23 (46.9%) improved with OR 1.68 (95% CI 0.65–4.34), and it significantly improved lung recovery; ", 10_000) + "all finished.";
        var document = Guard.Run(() => ClaimChecker.Check(text));

        var comparison = Guard.Run(() => ClaimChecker.Compare(document, document, ClaimCheck.Verification.VerifierOptions.Default));

        comparison.Findings.Should().NotContain(f => f.Id == "CC4001" || f.Id == "CC4002");
        comparison.Findings.Should().OnlyContain(f => f.AdditionalLocations.Length <= Finding.MaxAdditionalLocations);
    }

    [Test]
    public void Every_finding_of_the_pathological_inputs_points_inside_its_source()
    {
        // The invariant the fuzzer checks, stated once directly on a mapped (HTML) source and a plain one.
        foreach (var (name, text) in new[] { ("a.html", "<html><body><p>" + Repeat("In the MSC group 23/49 (40.0%) vs 10/29 (35.7%) improved.\n", 500) + "</p></body></html>"), ("a.txt", Repeat("In the MSC group 23/49 (40.0%) improved.\n", 500)) })
        {
            var result = CheckFile(name, text);
            result.Findings.Where(f => f.Location.Span != default).Should().NotBeEmpty().And.OnlyContain(f => f.Location.Span.End <= result.Document!.Source.Length && f.Location.Position.Line >= 1 && f.Location.Position.Column >= 1);
        }
    }
}
