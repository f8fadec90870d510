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

    /// <summary>
    /// A one-page PDF protected by the standard security handler (RC4, revision 3) whose user password is not
    /// empty, so no reader gets at its text without it. Written object by object with its cross-reference table
    /// (PdfPig's builder does not encrypt); the /O and /U entries are arbitrary, which is all a reader needs to
    /// find that the empty password does not open it.
    /// </summary>
    internal static byte[] Encrypted()
    {
        string hex32 = string.Concat(Enumerable.Repeat("5A", 32));
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 44 >>\nstream\n0123456789012345678901234567890123456789012\nendstream",
            $"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{hex32}> /U <{hex32}> >>",
        ];
        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        int xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (int offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<{hex32[..32]}> <{hex32[..32]}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(pdf.ToString());
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
