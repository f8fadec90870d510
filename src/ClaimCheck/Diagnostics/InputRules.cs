namespace ClaimCheck.Diagnostics;

/// <summary>
/// Descriptors of the CC9xxx input findings, raised while reading, parsing and extracting an input.
/// An id whose message has several wordings (CC9002: each reason an input cannot be read) has one
/// descriptor per wording, all with the same id, title, category and severity, as Roslyn analyzers
/// declare several <c>DiagnosticDescriptor</c>s of one id; the public field is the principal one.
/// </summary>
public static class InputRules
{
    /// <summary>CC9001 (Info): the input has no abstract or article text, so only commentary was checked.</summary>
    public static readonly RuleDescriptor NoArticleText = new(
        RuleIds.NoArticleText, "No abstract or article text found", "no quoted abstract or article text was found; only commentary was checked", RuleCategory.Input, Severity.Info);

    /// <summary>CC9002 (Error): the input cannot be read (empty, binary, undecodable, missing); nothing else is reported for it. This wording gives the system's reason.</summary>
    public static readonly RuleDescriptor Unreadable = Cc9002("the file cannot be read: {0}");

    /// <summary>CC9003 (Warning): the input is over the size limit; what was read is reported and the rest is named. Arguments: the input's size, the limit, the bytes read.</summary>
    public static readonly RuleDescriptor OverSizeLimit = new(
        RuleIds.OverSizeLimit, "Input over the size limit",
        "the input is {0:N0} bytes, over the limit of {1:N0}: the first {2:N0} bytes (up to a line break) were read and bytes {2:N0}–{0:N0} were not",
        RuleCategory.Input, Severity.Warning);

    /// <summary>CC9004 (Info): a number was reconstructed from damaged notation, e.g. "4 × 107 cells" read as 4 × 10^7.</summary>
    public static readonly RuleDescriptor ReconstructedNumber = new(
        RuleIds.ReconstructedNumber, "Number reconstructed from damaged notation",
        "'{0}' read as {1} × 10^{2}: the superscript of the power of ten was lost in copying", RuleCategory.Input, Severity.Info);

    /// <summary>CC9004's wording for a letter read as a digit: the "l" of "F(l, 28)".</summary>
    internal static readonly RuleDescriptor LetterForDigit = ReconstructedNumber with
    {
        MessageFormat = "'{0}' read as the digit {1}: a letter stands where the statistic's degrees of freedom must be",
    };

    /// <summary>CC9004's wording for a decimal point set apart by a space: "p &lt;. 001", "z = 1. 94".</summary>
    internal static readonly RuleDescriptor SpacedDecimal = ReconstructedNumber with
    {
        MessageFormat = "'{0}' read as {1}: a space stands after the decimal point, as copying from a PDF leaves it",
    };

    /// <summary>CC9002: the path names a folder.</summary>
    internal static readonly RuleDescriptor UnreadableDirectory = Cc9002("the path is a directory, not a file");

    /// <summary>CC9002: there is no such file.</summary>
    internal static readonly RuleDescriptor UnreadableMissing = Cc9002("the file does not exist");

    /// <summary>CC9002: no bytes, or only white space.</summary>
    internal static readonly RuleDescriptor UnreadableEmpty = Cc9002("the input is empty");

    /// <summary>CC9002: control bytes that text does not have.</summary>
    internal static readonly RuleDescriptor UnreadableBinary = Cc9002("the input is binary, not text (it contains NUL or other control bytes)");

    /// <summary>CC9002: a byte-order mark the bytes do not follow. Arguments: the encoding's name, the byte offset.</summary>
    internal static readonly RuleDescriptor UnreadableByteOrderMark = Cc9002("the input has a {0} byte-order mark but is not valid {0} (at byte {1:N0})");

    /// <summary>CC9002: a page whose bytes do not follow its declared charset. Arguments: the declared label, the encoding's name, the byte offset.</summary>
    internal static readonly RuleDescriptor UnreadableDeclaredCharset = Cc9002("the page declares charset \"{0}\" but is not valid {1} (at byte {2:N0})");

    /// <summary>CC9002: a named pipe, device or socket, examined and not opened. Argument: what it is ("a named pipe").</summary>
    internal static readonly RuleDescriptor UnreadableNotRegular = Cc9002("the path is {0}, not a regular file: not opened");

    /// <summary>CC9002: invalid UTF-8 without a declared charset. Arguments: the byte, its offset.</summary>
    internal static readonly RuleDescriptor UnreadableUtf8 = Cc9002("the input is not valid UTF-8 (invalid byte 0x{0:X2} at offset {1:N0}); save it as UTF-8");

    /// <summary>CC9005 (Info): elements nested deeper than the parser is given were flattened; their text is read. Arguments: how many elements, the depth limit.</summary>
    public static readonly RuleDescriptor NestingFlattened = new(
        RuleIds.NestingFlattened, "Markup nested too deeply",
        "{0:N0} elements nested deeper than {1} levels were flattened (their tags read as spaces, their text kept)", RuleCategory.Input, Severity.Info);

    /// <summary>CC9002: a PDF over the size limit (a PDF cut short has lost its cross-reference table). Arguments: the input's size, the limit.</summary>
    internal static readonly RuleDescriptor UnreadablePdfOverLimit = Cc9002("the PDF is {0:N0} bytes, over the limit of {1:N0}: a PDF cannot be read in part");

    /// <summary>CC9002: an encrypted PDF.</summary>
    internal static readonly RuleDescriptor UnreadablePdfEncrypted = Cc9002("the PDF is encrypted (password-protected): its text cannot be read; save an unprotected copy");

    /// <summary>CC9002: a PDF its parser cannot read. Argument: the parser's reason.</summary>
    internal static readonly RuleDescriptor UnreadablePdfCorrupt = Cc9002("the PDF is damaged and cannot be read: {0}");

    /// <summary>CC9002: an MHTML file without a readable HTML part. Argument: what the file has instead.</summary>
    internal static readonly RuleDescriptor UnreadableMhtmlNoHtml = Cc9002("the MHTML file has no HTML part to read ({0})");

    /// <summary>CC9006 (Error): a PDF with no text layer on any page (a scan, or text drawn as shapes): nothing to check. Argument: the number of pages.</summary>
    public static readonly RuleDescriptor NoTextLayer = new(
        RuleIds.NoTextLayer, "PDF without a text layer",
        "the PDF has no text layer on any of its {0:N0} pages (a scan, or text drawn as images or shapes): nothing could be checked; run OCR on it and check the result",
        RuleCategory.Input, Severity.Error);

    /// <summary>CC9007 (Warning): the page looks like a discussion but no posts were found in it; it was read as one article. Argument: what makes it look like one.</summary>
    public static readonly RuleDescriptor NoPostsFound = new(
        RuleIds.NoPostsFound, "Discussion page without posts",
        "the page looks like a discussion ({0}) but no posts were found in it; it was read as one article, so quotes and authors are not told apart",
        RuleCategory.Input, Severity.Warning);

    /// <summary>
    /// CC9008 (Info): a large input was checked in parts (this wording for plain text; <see cref="CheckedInPartsHtml"/> for HTML) (<see cref="ClaimPipeline.CheckInParts(TextReader, string?, int)"/>),
    /// so that nothing links across a part's end. Argument: the most characters in a part.
    /// </summary>
    public static readonly RuleDescriptor CheckedInParts = new(
        RuleIds.CheckedInParts, "Input checked in parts",
        "the input was checked in parts of at most {0:N0} characters, cut at paragraph breaks: sentences, posts and summaries are read within a part only, so a finding that needs text from two parts is not made",
        RuleCategory.Input, Severity.Info);

    /// <summary>CC9008's wording for an HTML page (or an MHTML file's page) checked in parts. Argument: the characters of HTML after which a part ends at the next element end.</summary>
    internal static readonly RuleDescriptor CheckedInPartsHtml = CheckedInParts with
    {
        MessageFormat = "the page was checked in parts of about {0:N0} characters of HTML, each ending after a whole element (a post or a block) and parsed with the elements open around it: posts and summaries are read within a part only, so a finding that needs text from two parts is not made",
    };

    /// <summary>CC9003's wording for an input read whole because it is neither plain text nor HTML (PDF). Arguments: the input's size, the limit, the bytes read.</summary>
    internal static readonly RuleDescriptor OverSizeLimitNotPlainText = OverSizeLimit with
    {
        MessageFormat = "the input is {0:N0} bytes, over the limit of {1:N0}, and only plain text and HTML are checked in parts: the first {2:N0} bytes (up to a line break) were read and bytes {2:N0}–{0:N0} were not",
    };

    /// <summary>CC9003's wording for a text read in parts that is longer than the most characters read (offsets are 32-bit). Arguments: the text's length, the limit, the characters read (all counted in UTF-16 code units).</summary>
    internal static readonly RuleDescriptor OverSizeLimitCharacters = OverSizeLimit with
    {
        MessageFormat = "the input is {0:N0} characters (UTF-16 code units) long, over the limit of {1:N0}: the first {2:N0} characters (up to a line break) were read and characters {2:N0}–{0:N0} were not",
    };

    /// <summary>CC9003's wording for a page checked in parts in which no element ended within the most characters a part holds: the part was cut there, inside an element. Arguments: the most characters in a part, the line of the cut.</summary>
    internal static readonly RuleDescriptor OverSizeLimitElement = OverSizeLimit with
    {
        MessageFormat = "no element of the page ended within {0:N0} characters, the most a part holds: the part was cut inside an element at line {1:N0}, so the text on either side of line {1:N0} is read as two pieces (and a comment, script or attribute cut there as text)",
    };

    private static RuleDescriptor Cc9002(string messageFormat) => new(RuleIds.Unreadable, "Input unreadable", messageFormat, RuleCategory.Input, Severity.Error);
}
