using System.Text.Json;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ClaimCheck.Cli.Tests;

/// <summary><c>claimcheck check</c> and <c>compare</c> on a paper as PDF (written here with PdfPig's builder), an MHTML file and a "complete" save.</summary>
public sealed class SavedFormsCommandTests
{
    private static readonly string[] PaperPage1 =
    [
        "Graded exercise for chronic fatigue: a randomised trial",
        "We randomised 118 adults with chronic fatigue to graded exercise",
        "or usual care and measured self-reported benefit at one year.",
    ];

    private static readonly string[] PaperPage2 =
    [
        "In the exercise group, 29 of 58 patients (50.0%) reported a benefit,",
        "against 12 of 60 (20.0%) in usual care.",
    ];

    /// <summary>A PDF of one column per page, Helvetica 10 pt, 13 pt apart.</summary>
    private static byte[] Pdf(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            for (int i = 0; i < lines.Length; i++)
            {
                page.AddText(lines[i], 10, new PdfPoint(60, 760 - (13 * i)), font);
            }
        }

        return builder.Build();
    }

    [Test]
    public void Check_reads_a_pdf_and_gives_page_and_line()
    {
        using var folder = new TempFolder();
        string paper = folder.Write("paper.pdf", Pdf(PaperPage1, ["Results", "In the exercise group, 29 of 58 patients (52.7%) reported a benefit."]));

        var run = Cli.Run("check", paper, "--fail-on", "info");

        run.ExitCode.Should().Be(1, run.Error);
        run.Lines.Should().ContainSingle(l => l.Contains(" CC1001: ", StringComparison.Ordinal))
            .Which.Should().StartWith($"{paper}(page 2, line 2, column 24): info CC1001: 52.7% is not 29/58");
        run.Error.Should().Contain("1 read, 0 failed, 0 skipped");
    }

    [Test]
    public void Compare_against_a_pdf_source_finds_its_numbers()
    {
        using var folder = new TempFolder();
        string paper = folder.Write("paper.pdf", Pdf(PaperPage1, PaperPage2));
        string summary = folder.Write("summary.txt", "A trial of graded exercise found that 29 of 58 patients (50.0%) reported a benefit, against 12 of 60 (20.0%) with usual care."u8.ToArray());

        var run = Cli.Run("compare", summary, "--source", paper);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().BeEmpty("every number of the summary is in the paper");
        run.Error.Should().Contain("2 read, 0 failed, 0 skipped");
    }

    [Test]
    public void A_changed_number_points_at_the_page_and_line_of_the_pdf()
    {
        using var folder = new TempFolder();
        string paper = folder.Write("paper.pdf", Pdf(PaperPage1, PaperPage2));
        string summary = folder.Write("summary.txt", "A trial of graded exercise found that 29 of 58 patients (50.0%) reported a benefit, against 12 of 60 (25.0%) with usual care."u8.ToArray());

        var run = Cli.Run("compare", summary, "--source", paper, "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var finding = json.RootElement.GetProperty("documents").EnumerateArray()
            .SelectMany(d => d.GetProperty("findings").EnumerateArray())
            .Single(f => f.GetProperty("id").GetString() == "CC4001");
        var locations = finding.GetProperty("locations").EnumerateArray().ToList();
        locations[0].TryGetProperty("page", out _).Should().BeFalse("the summary is text, it has no pages");
        // The source's number it was held against: "(50.0%)" on the first line of page 2, after 42 characters.
        locations[1].GetProperty("text").GetString().Should().Be("50.0");
        locations[1].GetProperty("page").GetInt32().Should().Be(2);
        locations[1].GetProperty("line").GetInt32().Should().Be(1);
        locations[1].GetProperty("column").GetInt32().Should().Be(43);
    }

    [Test]
    public void A_pdf_without_text_is_an_input_error()
    {
        using var folder = new TempFolder();
        string scan = folder.Write("scan.pdf", Pdf(Array.Empty<string>()));

        var run = Cli.Run("check", scan);

        run.ExitCode.Should().Be(2);
        run.Output.Should().Contain("error CC9006: the PDF has no text layer");
        run.Error.Should().Contain("0 read, 1 failed");
    }

    [Test]
    public void A_complete_save_is_read_once_and_its_files_folder_skipped_with_the_reason()
    {
        using var folder = new TempFolder();
        folder.Write("Thread.html", "<html><body><article><p>In the exercise group, 29 of 58 patients (52.7%) reported a benefit.</p></article></body></html>"u8.ToArray());
        folder.Write("Thread_files/ad-frame.html", "<html><body><p>12 of 60 patients (50.0%) click here</p></body></html>"u8.ToArray());
        folder.Write("Thread_files/style.css", "body {}"u8.ToArray());

        var run = Cli.Run("check", folder.Path);

        run.Lines.Should().OnlyContain(l => l.StartsWith(Path.Combine(folder.Path, "Thread.html"), StringComparison.Ordinal));
        run.Error.Should().Contain($"skipped: {Path.Combine(folder.Path, "Thread_files")}: the resource folder of a saved page").And.Contain("1 read, 0 failed, 1 skipped");
    }
}
