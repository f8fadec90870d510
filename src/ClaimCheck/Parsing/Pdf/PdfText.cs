using ClaimCheck.Diagnostics;
using ClaimCheck.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace ClaimCheck.Parsing.Pdf;

/// <summary>
/// The running text of a PDF (a source paper), through PdfPig's layout analysis: letters into words (nearest
/// neighbours), words into lines and blocks (Docstrum), blocks in reading order (so two columns read one after
/// the other). Two texts come out. The original is the layout: one line per line of the PDF in reading order,
/// page after page, which is what a location's page and line count. The text the parser reads joins each
/// block's lines into one paragraph (a word hyphenated at a line end rejoined: "improve-" + "ment" is
/// "improvement", "COVID-" + "19" is "COVID-19"), paragraphs apart by a blank line, and maps every piece back to its line of the layout.
/// </summary>
internal static class PdfText
{
    /// <summary>The PDF header may follow up to 1,024 bytes of junk (as readers accept it).</summary>
    private const int HeaderWindow = 1024;

    private static readonly NearestNeighbourWordExtractor Words = new(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });
    private static readonly DocstrumBoundingBoxes Blocks = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });

    // Column-wise spatial reasoning, not the order the file draws in: a file may draw the right column first.
    private static readonly UnsupervisedReadingOrderDetector ReadingOrder = new(5, UnsupervisedReadingOrderDetector.SpatialReasoningRules.ColumnWise, useRenderingOrder: false);

    /// <summary>The text, or why there is none.</summary>
    internal readonly record struct Extracted(SourceText? Source, RuleDescriptor? Error, object[] Args);

    /// <summary>True when <paramref name="bytes"/> start (within 1,024 bytes) with the PDF header <c>%PDF-</c>.</summary>
    internal static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, HeaderWindow)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>Extracts the text of the PDF <paramref name="bytes"/>; an encrypted, damaged or text-less PDF gives the finding that says so.</summary>
    internal static Extracted Extract(byte[] bytes, string? path)
    {
        var lines = new List<string>();
        var blockStarts = new List<int>();
        var pageFirstLines = new List<int>();
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            foreach (var page in pdf.GetPages())
            {
                pageFirstLines.Add(lines.Count);
                ReadPage(page, lines, blockStarts);
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            return new Extracted(null, InputRules.UnreadablePdfEncrypted, []);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // PdfPig throws many kinds of exception on damaged files (format, index, null, invalid cast): any of
            // them means this PDF cannot be read, and the reader must not crash a batch.
            return new Extracted(null, InputRules.UnreadablePdfCorrupt, [ex.Message]);
        }

        if (lines.Count == 0)
        {
            return new Extracted(null, InputRules.NoTextLayer, [pageFirstLines.Count]);
        }

        return new Extracted(Build(lines, blockStarts, path).WithPages([.. pageFirstLines]), null, []);
    }

    /// <summary>Appends the page's lines in reading order; <paramref name="blockStarts"/> gets the index of each block's first line.</summary>
    private static void ReadPage(Page page, List<string> lines, List<int> blockStarts)
    {
        var letters = page.Letters;
        if (letters.Count == 0)
        {
            return;
        }

        var words = Words.GetWords(letters).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            return;
        }

        var blocks = Blocks.GetBlocks(words);
        foreach (var block in ReadingOrder.Get(blocks).OrderBy(b => b.ReadingOrder))
        {
            bool first = true;
            foreach (var line in block.TextLines)
            {
                string text = string.Join(' ', line.Words.Select(w => w.Text.Trim()).Where(t => t.Length > 0));
                if (text.Length == 0)
                {
                    continue;
                }

                if (first)
                {
                    blockStarts.Add(lines.Count);
                    first = false;
                }

                lines.Add(text);
            }
        }
    }

    /// <summary>The parser's text: a paragraph per block, mapped to the layout (one line per PDF line).</summary>
    private static SourceText Build(List<string> lines, List<int> blockStarts, string? path)
    {
        string layout = string.Join('\n', lines);
        var builder = new SourceTextBuilder(layout);
        int lineStart = 0;
        int nextBlock = 0;
        bool joined = false;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            bool startsBlock = nextBlock < blockStarts.Count && blockStarts[nextBlock] == i;
            if (startsBlock)
            {
                nextBlock++;
                if (i > 0)
                {
                    builder.AppendSeparator("\n\n");
                }
            }
            else if (!joined)
            {
                builder.AppendSeparator(" ");
            }

            bool endsBlock = i + 1 == lines.Count || (nextBlock < blockStarts.Count && blockStarts[nextBlock] == i + 1);
            var hyphen = endsBlock ? Hyphen.None : HyphenAtEnd(line, lines[i + 1]);
            joined = hyphen != Hyphen.None;
            int kept = hyphen == Hyphen.Broken ? line.Length - 1 : line.Length;
            builder.Append(line[..kept], lineStart, kept);
            lineStart += line.Length + 1;
        }

        return builder.ToSourceText(path);
    }

    /// <summary>How a line ends with a hyphen.</summary>
    internal enum Hyphen
    {
        /// <summary>No hyphen after a letter or digit: the next line follows after a space.</summary>
        None,

        /// <summary>A word broken at the line end ("improve-" + "ment"): the hyphen goes, the halves join.</summary>
        Broken,

        /// <summary>A hyphen of the text itself ("COVID-" + "19", "double-" + "Blind"): kept, the next line joined without a space.</summary>
        Kept,
    }

    /// <summary>
    /// The hyphen that ends <paramref name="line"/>, if any (hyphen, soft hyphen or U+2010 after a letter or digit): a
    /// broken word when the next line goes on in lower case, else a hyphen of the text. A compound broken at its
    /// own hyphen ("placebo-" + "controlled") is read as one broken word, as most readers of PDFs do.
    /// </summary>
    internal static Hyphen HyphenAtEnd(string line, string next)
    {
        if (line.Length < 2 || line[^1] is not ('-' or '\u00AD' or '\u2010') || !char.IsLetterOrDigit(line[^2]) || next.Length == 0)
        {
            return Hyphen.None;
        }

        return char.IsLower(next[0]) && char.IsLetter(line[^2]) ? Hyphen.Broken : Hyphen.Kept;
    }
}
