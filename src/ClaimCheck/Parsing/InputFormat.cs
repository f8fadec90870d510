namespace ClaimCheck.Parsing;

/// <summary>The markup of an input.</summary>
public enum InputFormat
{
    /// <summary>Decide from the content: a PDF by its header, MHTML by its MIME headers, HTML when it starts like an HTML document, else plain text.</summary>
    Auto = 0,

    /// <summary>Plain text, as saved by select-all, copy and paste.</summary>
    PlainText = 1,

    /// <summary>A saved HTML page.</summary>
    Html = 2,

    /// <summary>
    /// A browser's "single file" save (<c>.mht</c>, <c>.mhtml</c>: MIME multipart/related): its HTML part is read as
    /// <see cref="Html"/>, with positions in the MHTML file. Read from bytes; <see cref="ThreadReader.Parse(string, string?)"/> reads text as <see cref="Auto"/>.
    /// </summary>
    Mhtml = 3,

    /// <summary>
    /// A PDF (a source paper): its text layer in reading order, one paragraph per text block, positions as page and
    /// line. Read from bytes; <see cref="ThreadReader.Parse(string, string?)"/> reads text as <see cref="Auto"/>.
    /// </summary>
    Pdf = 4,
}
