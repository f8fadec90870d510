using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ClaimCheck.Tests.Parsing.SavedForms;

/// <summary>PDFs written at test time with PdfPig's builder: pages of lines, in one column or two, in Helvetica 10 pt.</summary>
internal static class TestPdf
{
    private const double Top = 760;
    private const double Leading = 13;

    /// <summary>A PDF whose pages each hold their lines in one column, top to bottom.</summary>
    internal static byte[] OneColumn(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            Column(page, font, lines, 60);
        }

        return builder.Build();
    }

    /// <summary>A one-page PDF with two columns side by side, written right column first (so that the file's order is not the reading order).</summary>
    internal static byte[] TwoColumns(string[] left, string[] right)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        Column(page, font, right, 320);
        Column(page, font, left, 60);
        return builder.Build();
    }

    /// <summary>A PDF with one page and nothing written on it: no text layer.</summary>
    internal static byte[] Blank(int pages = 1)
    {
        var builder = new PdfDocumentBuilder();
        for (int i = 0; i < pages; i++)
        {
            builder.AddPage(PageSize.A4);
        }

        return builder.Build();
    }

    /// <summary>Lines from the top at <paramref name="x"/>; an empty string leaves a paragraph's gap.</summary>
    private static void Column(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string[] lines, double x)
    {
        double y = Top;
        foreach (string line in lines)
        {
            if (line.Length > 0)
            {
                page.AddText(line, 10, new PdfPoint(x, y), font);
            }

            y -= line.Length > 0 ? Leading : Leading;
        }
    }
}
