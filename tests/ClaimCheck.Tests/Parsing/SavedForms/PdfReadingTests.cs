using ClaimCheck.Diagnostics;
using ClaimCheck.Parsing;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Parsing.SavedForms;

/// <summary>A paper as PDF (written at test time with PdfPig's builder): reading order, hyphenation, page and line in findings, bad PDFs.</summary>
public sealed class PdfReadingTests
{
    private static readonly string[] Left =
    [
        "Background. We randomised adults with",
        "chronic fatigue to graded exercise or",
        "usual care in a multicentre trial that",
        "aimed to measure the improve-",
        "ment in physical function at one year.",
    ];

    private static readonly string[] Right =
    [
        "Results. In the exercise group, 29 of",
        "58 patients (52.7%) reported benefit,",
        "against 12 of 60 in usual care.",
    ];

    private static ReadResult Read(byte[] pdf, ReaderOptions? options = null) => new ThreadReader(options).Read(pdf, "paper.pdf");

    private static CheckResult Check(byte[] pdf) => ClaimChecker.Check(new MemoryStream(pdf), "paper.pdf");

    [Test]
    public void One_column_is_read_line_by_line_into_a_paragraph()
    {
        var read = Read(TestPdf.OneColumn(["We randomised 118 adults with chronic fatigue", "to graded exercise or usual care."]));

        read.Succeeded.Should().BeTrue(read.Error);
        read.Document!.Source.Text.Should().Be("We randomised 118 adults with chronic fatigue to graded exercise or usual care.");
        read.Document.Source.IsPaginated.Should().BeTrue();
        read.InputFindings.Should().BeEmpty();
    }

    [Test]
    public void Two_columns_read_left_column_first_though_the_file_draws_the_right_one_first()
    {
        string text = Read(TestPdf.TwoColumns(Left, Right)).Document!.Source.Text;

        text.IndexOf("Background.", StringComparison.Ordinal).Should().BeGreaterThanOrEqualTo(0);
        text.IndexOf("Background.", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("Results.", StringComparison.Ordinal));
        text.Should().Contain("usual care in a multicentre trial that aimed to measure", "the column's lines are one paragraph");
    }

    [Test]
    public void A_word_hyphenated_at_a_line_end_is_rejoined_and_a_real_hyphen_kept()
    {
        string text = Read(TestPdf.TwoColumns(Left, Right)).Document!.Source.Text;
        text.Should().Contain("the improvement in physical function").And.NotContain("improve-");

        string compound = Read(TestPdf.OneColumn(["Adults who had COVID-", "19 were excluded from the trial."])).Document!.Source.Text;
        compound.Should().Be("Adults who had COVID-19 were excluded from the trial.");
    }

    [Test]
    public void A_claim_broken_across_lines_gives_its_finding_at_the_page_and_line_where_it_starts()
    {
        var check = Check(TestPdf.TwoColumns(Left, Right));

        var finding = check.Findings.Should().ContainSingle(f => f.Id == "CC1001").Subject;
        finding.Location.Page.Should().Be(1);
        // Line 6 of the page in reading order: the right column's first line, after the left column's five.
        finding.Location.Position.Should().Be(new ClaimCheck.Text.LinePosition(6, "Results. In the exercise group, ".Length + 1));
        finding.Location.Text.Should().StartWith("29 of 58 patients (52.7%)");
    }

    [Test]
    public void A_finding_on_the_second_page_says_page_2_and_the_line_on_that_page()
    {
        byte[] pdf = TestPdf.OneColumn(
            ["Graded exercise for chronic fatigue", "", "We randomised 118 adults to graded exercise or usual care."],
            ["Results", "", "In the exercise group, 29 of 58 patients (52.7%) reported a benefit."]);

        var finding = Check(pdf).Findings.Should().ContainSingle(f => f.Id == "CC1001").Subject;

        finding.Location.Page.Should().Be(2);
        finding.Location.Position.Line.Should().Be(2);
        finding.Location.Position.Column.Should().Be("In the exercise group, ".Length + 1);
        TextReportWriter.Format(finding).Should().StartWith("paper.pdf(page 2, line 2, column 24): info CC1001: ");
        finding.Location.Describe().Should().Be("page 2, line 2, column 24");
    }

    [Test]
    public void Chromium_s_two_column_pdf_reads_in_column_order()
    {
        string path = Path.Combine(Corpus.RepositoryRoot, "tests", "ClaimCheck.Tests", "Parsing", "SavedForms", "Fixtures", "chromium-two-columns.pdf");

        var check = ClaimChecker.CheckFile(path);

        string text = check.Document!.Source.Text;
        string[] order = ["Background. Chronic fatigue", "Methods. Adults meeting", "Results. In the exercise group", "Interpretation. Graded exercise"];
        order.Select(s => text.IndexOf(s, StringComparison.Ordinal)).Should().BeInAscendingOrder().And.OnlyContain(i => i >= 0);
        text.Should().Contain("sensitivity analyses for the pattern of missingness.", "a paragraph's lines are joined across the column");
        var finding = check.Findings.Should().ContainSingle(f => f.Id == "CC1001").Subject;
        finding.Location.Page.Should().Be(1);
        finding.Location.Text.Should().StartWith("29 of 58 patients (52.7%)");
    }

    [Test]
    public void A_right_claim_gives_no_finding()
    {
        Check(TestPdf.OneColumn(["In the exercise group, 29 of 58 patients (50.0%) reported a benefit."])).Findings
            .Should().NotContain(f => f.Id.StartsWith("CC1", StringComparison.Ordinal));
    }

    [Test]
    public void A_pdf_without_a_text_layer_is_CC9006()
    {
        var read = Read(TestPdf.Blank(pages: 3));

        read.Succeeded.Should().BeFalse();
        var finding = read.InputFindings.Should().ContainSingle().Subject;
        finding.Id.Should().Be(RuleIds.NoTextLayer).And.Be("CC9006");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().StartWith("the PDF has no text layer on any of its 3 pages");
        read.Error.Should().Be(finding.Message);
    }

    [Test]
    public void An_encrypted_pdf_is_CC9002_saying_so()
    {
        var read = Read(TestPdf.Encrypted());

        read.Succeeded.Should().BeFalse();
        read.InputFindings.Should().ContainSingle().Which.Message.Should().Be("the PDF is encrypted (password-protected): its text cannot be read; save an unprotected copy");
    }

    [Test]
    public void A_damaged_pdf_is_CC9002_with_the_reason()
    {
        var read = Read("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer garbage"u8.ToArray());

        read.Succeeded.Should().BeFalse();
        read.InputFindings.Should().ContainSingle().Which.Message.Should().StartWith("the PDF is damaged and cannot be read: ");
    }

    [Test]
    public void A_pdf_cut_short_is_damaged_not_a_crash()
    {
        byte[] pdf = TestPdf.OneColumn(["In the exercise group, 29 of 58 patients (52.7%) reported a benefit."]);

        var read = Read(pdf[..(pdf.Length / 3)]);

        read.Succeeded.Should().BeFalse();
        read.InputFindings.Should().ContainSingle().Which.Id.Should().BeOneOf("CC9002", "CC9006");
    }

    [Test]
    public void A_pdf_over_the_size_limit_is_refused_whole()
    {
        byte[] pdf = TestPdf.OneColumn(["In the exercise group, 29 of 58 patients (52.7%) reported a benefit."]);

        var read = Read(pdf, new ReaderOptions { MaxInputBytes = 200 });

        read.InputFindings.Should().ContainSingle().Which.Message.Should().Be($"the PDF is {pdf.Length:N0} bytes, over the limit of 200: a PDF cannot be read in part");
    }

    [Test]
    public void A_pdf_is_found_by_its_header_whatever_its_name_and_by_the_reader_of_files()
    {
        string path = Path.Combine(Path.GetTempPath(), "claimcheck-pdf-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllBytes(path, TestPdf.OneColumn(["In the exercise group, 29 of 58 patients (52.7%) reported a benefit."]));
        try
        {
            var check = ClaimChecker.CheckFile(path);
            check.Findings.Should().ContainSingle(f => f.Id == "CC1001").Which.Location.Page.Should().Be(1);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Other_inputs_have_no_page()
    {
        var check = ClaimChecker.Check("In the exercise group, 29 of 58 patients (52.7%) reported a benefit.");

        var finding = check.Findings.Should().ContainSingle(f => f.Id == "CC1001").Subject;
        finding.Location.Page.Should().BeNull();
        finding.Location.Describe().Should().Be("1:24");
        TextReportWriter.Format(finding).Should().StartWith("<text>(1,24): info CC1001: ");
    }

    [Test]
    public void Hyphens_at_line_ends()
    {
        PdfHyphen("improve-", "ment").Should().Be("Broken");
        PdfHyphen("COVID-", "19 cases").Should().Be("Kept");
        PdfHyphen("5-", "year survival").Should().Be("Kept");
        PdfHyphen("placebo -", "a dash").Should().Be("None");
        PdfHyphen("no hyphen", "here").Should().Be("None");
    }

    private static string PdfHyphen(string line, string next) => ClaimCheck.Parsing.Pdf.PdfText.HyphenAtEnd(line, next).ToString();
}
