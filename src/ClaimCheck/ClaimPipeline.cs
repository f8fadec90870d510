using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Linking;
using ClaimCheck.Segmenting;
using ClaimCheck.Parsing;
using ClaimCheck.Parsing.PlainText;
using ClaimCheck.Verification;

namespace ClaimCheck;

/// <summary>
/// ClaimCheck's stages put together once: Reader → Segmenting → Extraction → Linking → Verification, each
/// stage reading the facts of the one before. Build one with <see cref="ClaimPipelineBuilder"/> (or use
/// <see cref="Default"/>) and use it for every input: it is immutable and thread-safe, so one pipeline may
/// check any number of inputs at once.
/// </summary>
public sealed class ClaimPipeline
{
    internal ClaimPipeline(ThreadReader reader, Verifier verifier)
    {
        Reader = reader;
        Verifier = verifier;
    }

    /// <summary>The built-in rules with the default options and reader.</summary>
    public static ClaimPipeline Default { get; } = new ClaimPipelineBuilder().UseDefaultRules().Build();

    /// <summary>The reading stage (limits, input format).</summary>
    public ThreadReader Reader { get; }

    /// <summary>The verification options in force (severities, α).</summary>
    public VerifierOptions Options => Verifier.Options;

    /// <summary>The descriptors of every finding the pipeline can report, one per id, ordered by id: the input findings and its rules'.</summary>
    public ImmutableArray<RuleDescriptor> Rules =>
        [.. RuleCatalog.Stages.Concat(Verifier.Rules.SelectMany(r => r.Declared)).DistinctBy(d => d.Id, StringComparer.Ordinal).OrderBy(d => d.Id, StringComparer.Ordinal)];

    internal Verifier Verifier { get; }

    /// <summary>Extracts, links and verifies a read input; an unreadable one gives its CC9002 finding (unless the options turn it off).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="read"/> is null.</exception>
    public CheckResult Check(ReadResult read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return Run(read, Verifier);
    }

    /// <summary>Checks already decoded text (HTML or plain text, decided from the content); no size limit applies.</summary>
    /// <param name="text">The page's text.</param>
    /// <param name="path">The path to report, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public CheckResult Check(string text, string? path)
    {
        var document = Reader.Parse(text, path);
        return Check(new ReadResult(path, document, document.InputFindings));
    }

    /// <summary>Checks the text <paramref name="reader"/> gives to its end (already decoded; no size limit applies). The reader is not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public CheckResult Check(TextReader reader, string? path)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Check(reader.ReadToEnd(), path);
    }

    /// <summary>Reads <paramref name="stream"/> to its end as bytes (decoded and limited as a file is) and checks it. The stream is not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public CheckResult Check(Stream stream, string? path) => Check(Reader.ReadStream(stream, path));

    /// <summary>Reads and checks the file at <paramref name="path"/>; bad input gives a CC9002 finding, not an exception.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public CheckResult CheckFile(string path) => Check(Reader.ReadFile(path));

    /// <summary>
    /// Reads the file at <paramref name="path"/> asynchronously and checks it. The checking itself is
    /// CPU-bound and runs on the thread that resumes; <paramref name="cancellationToken"/> is observed while
    /// reading and between stages.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<CheckResult> CheckFileAsync(string path, CancellationToken cancellationToken = default)
        => Run(await Reader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false), Verifier, cancellationToken);

    /// <summary>Reads <paramref name="stream"/> asynchronously and checks it, as <see cref="CheckFileAsync(string, CancellationToken)"/> does a file. The stream is not closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<CheckResult> CheckAsync(Stream stream, string? path = null, CancellationToken cancellationToken = default)
        => Run(await Reader.ReadStreamAsync(stream, path, cancellationToken).ConfigureAwait(false), Verifier, cancellationToken);

    /// <summary>The most characters in one part of <see cref="CheckInParts(TextReader, string?, int)"/> unless told otherwise: 1 Mi (1,048,576).</summary>
    public const int DefaultPartLength = 1 << 20;

    /// <summary>The fewest characters a part may be given.</summary>
    public const int MinPartLength = 1024;

    /// <summary>
    /// Checks a long text, plain text or HTML, in parts, so that memory holds one part's document, claims and findings
    /// at a time, never the whole input's; the parts are given lazily, in order, as the reader is read. The format is
    /// <see cref="ThreadReader.Options"/>' (HTML or plain text), else decided from the first 8 Ki characters as
    /// <see cref="Check(string, string?)"/> decides it.
    /// <para>
    /// Plain text is cut into parts of at most <paramref name="maxPartLength"/> characters, each ending at the last
    /// paragraph break (a line of white space alone) that fits, else at the last line break, else (a line longer than a
    /// part) at the length; each part is read as plain text. An HTML page is cut, without building its DOM, once a part
    /// holds <paramref name="maxPartLength"/> characters of markup, after the end tag of the shallowest block element in
    /// the part's last three quarters (a post, or the element that holds the posts), so that each part is a run of whole
    /// sibling elements; each part is parsed by the HTML reader on its own, after the page's head elements (title, meta,
    /// link) and the start tags of the elements open around it. A part in which no element ends within four times
    /// <paramref name="maxPartLength"/> is cut there (between two tags, or inside one that long), with CC9003 saying so.
    /// A text no longer than <paramref name="maxPartLength"/> is one part, checked as <see cref="Check(string, string?)"/> checks it.
    /// </para>
    /// <para>
    /// Positions are the whole input's: a part's line and column are counted from the start of the input
    /// (<see cref="CheckedPart.Result"/>), and <see cref="CheckedPart.Findings"/> moves each span to the whole text (for
    /// HTML, the parts' texts one after another). What the whole-text check would link across a part's end is not linked:
    /// a group size, an arm or a result in one part is not seen from the next; a forum post cut by a part's end is read as
    /// two (posts, quotes and the document's kind are found in each part from its own text; an HTML page's posts are
    /// numbered on across the parts); the in-page summary audit (CC4001–CC4003 between commentary and article text) and
    /// CC4004 compare within a part only; sentences repeated in two parts are checked in both. So, for text in which
    /// nothing links across a cut, the findings equal the whole-text check's; otherwise some may be missing or added.
    /// CC9001 (no article text), which speaks of the whole input, is said once, by the last part, when no part has article
    /// text. In an HTML page, a part without posts after parts with posts is the thread's chrome and adds no text, as the
    /// whole page's thread reading leaves it out. When there is more than one
    /// part, the first part carries CC9008 (Info) saying so. Text past <see cref="int.MaxValue"/> characters is not read:
    /// the last part carries CC9003, its numbers counting characters. An empty text gives one empty part.
    /// </para>
    /// The reader is not closed. Only the pipeline's rules and options apply; it is thread-safe, the sequence is not
    /// (enumerate it once).
    /// </summary>
    /// <param name="reader">The decoded text.</param>
    /// <param name="path">The path to report, or null.</param>
    /// <param name="maxPartLength">The most characters in a part (at least <see cref="MinPartLength"/>); for HTML, the characters after which a part ends at the next element end.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPartLength"/> is below <see cref="MinPartLength"/>.</exception>
    public IEnumerable<CheckedPart> CheckInParts(TextReader reader, string? path = null, int maxPartLength = DefaultPartLength)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPartLength, MinPartLength);
        return TextOrHtmlParts(reader, path, maxPartLength);
    }

    private IEnumerable<CheckedPart> TextOrHtmlParts(TextReader reader, string? path, int maxPartLength)
    {
        var (head, text) = PrefixedReader.Peek(reader);
        var format = Reader.Options.Format;
        bool html = format == InputFormat.Html
            || (format is not InputFormat.PlainText && head.AsSpan().TrimStart().StartsWith('<') && InputDecoder.LooksLikeHtmlText(head));
        return html ? HtmlPartsOf(text, path, maxPartLength, null) : Parts(text, path, maxPartLength, int.MaxValue);
    }

    /// <summary>
    /// Checks the file at <paramref name="path"/> in parts when it is plain text, an HTML page or an MHTML file (decided
    /// from its first bytes as <see cref="ThreadReader.ReadFile(string)"/> decides) of at most <see cref="int.MaxValue"/>
    /// bytes, with no size limit: as <see cref="CheckInParts(TextReader, string?, int)"/> checks its text. The file is read
    /// twice, once to refuse it as a whole read would (invalid UTF-8, a byte-order mark or a declared multi-byte charset
    /// its bytes do not follow: one failed part, CC9002) and, for HTML, to find its encoding as a whole read does; then part
    /// by part. An MHTML file's HTML part is decoded whole, then checked in parts, its positions the file's. An HTML or
    /// MHTML file of at most <paramref name="maxPartLength"/> bytes (and at most <see cref="ReaderOptions.MaxInputBytes"/>), and any other file (PDF, binary, empty, larger), is
    /// read and checked whole as <see cref="CheckFile(string)"/> does, as one part: its size limit and CC9003 apply.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="maxPartLength">The most characters in a part (at least <see cref="MinPartLength"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPartLength"/> is below <see cref="MinPartLength"/>.</exception>
    public IEnumerable<CheckedPart> CheckFileInParts(string path, int maxPartLength = DefaultPartLength)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPartLength, MinPartLength);
        return FileParts(path, maxPartLength);
    }

    private IEnumerable<CheckedPart> FileParts(string path, int maxPartLength)
    {
        var (text, failed, notPlainText) = Reader.OpenPlainText(path);
        if (failed is not null)
        {
            yield return new CheckedPart(0, 0, Check(failed));
            yield break;
        }

        if (text is null && notPlainText)
        {
            var (html, mhtml, refused) = Reader.OpenHtml(path, Math.Min(maxPartLength, Reader.Options.MaxInputBytes));
            if (refused is not null)
            {
                yield return new CheckedPart(0, 0, Check(refused));
                yield break;
            }

            if (html is not null)
            {
                using (html)
                {
                    foreach (var part in HtmlPartsOf(html, path, maxPartLength, mhtml))
                    {
                        yield return part;
                    }
                }

                yield break;
            }
        }

        if (text is null)
        {
            // The limit is not lifted for a form that is read whole: CC9003 then says why.
            yield return new CheckedPart(0, 0, Check(Reader.ReadFile(path, notPlainText ? InputRules.OverSizeLimitNotPlainText : InputRules.OverSizeLimit)));
            yield break;
        }

        using (text)
        {
            foreach (var part in Parts(text, path, maxPartLength, int.MaxValue))
            {
                yield return part;
            }
        }
    }

    /// <summary>The parts of <paramref name="reader"/>'s text, checked; <paramref name="maxTotal"/> characters at most are read (less in tests).</summary>
    internal IEnumerable<CheckedPart> Parts(TextReader reader, string? path, int maxPartLength, long maxTotal)
    {
        bool articleSeen = false;
        foreach (var part in TextParts.Split(reader, maxPartLength, maxTotal))
        {
            ImmutableArray<Finding> findings = [];
            if (part.Index == 0 && part.More)
            {
                findings = findings.Add(Finding.Create(InputRules.CheckedInParts, Location.ForFile(path), maxPartLength));
            }

            if (part.Unread > 0)
            {
                long read = (long)part.Offset + part.Text.Length;
                findings = findings.Add(Finding.Create(InputRules.OverSizeLimitCharacters, Location.ForFile(path), read + part.Unread, maxTotal, read));
            }

            var source = Text.SourceText.ForPart(part.Text, path, part.Offset, part.LinesBefore, part.ColumnsBefore);
            var document = PlainTextThreadParser.Parse(source, findings);
            var result = WithoutRepeatedInputFindings(Run(new ReadResult(path, document, document.InputFindings), Verifier), part.More, ref articleSeen);
            yield return new CheckedPart(part.Index, part.Offset, result);
        }
    }

    /// <summary>The parts of an HTML page (for an MHTML file, its HTML part, whose <paramref name="mhtml"/> maps it to the file), checked.</summary>
    private IEnumerable<CheckedPart> HtmlPartsOf(TextReader reader, string? path, int maxPartLength, Parsing.Mhtml.MhtmlFile.HtmlPart? mhtml)
    {
        bool articleSeen = false, postsSeen = false;
        int textOffset = 0, postsBefore = 0;
        string? title = null, forum = null;
        foreach (var part in Parsing.Html.HtmlParts.Split(reader, maxPartLength))
        {
            ImmutableArray<Finding> findings = [];
            if (part.Index == 0 && part.More)
            {
                findings = findings.Add(Finding.Create(InputRules.CheckedInPartsHtml, Location.ForFile(path), maxPartLength));
            }

            if (part.Forced)
            {
                findings = findings.Add(Finding.Create(InputRules.OverSizeLimitElement, Location.ForFile(path),
                    (long)maxPartLength * Parsing.Html.HtmlParts.CapFactor, part.LinesBefore + LineBreaks(part.Text) + 1));
            }

            var document = Reader.ParseHtmlPart(part, path, findings, textOffset, postsBefore, title, forum, postsSeen, mhtml);
            if (part.Index == 0)
            {
                (title, forum) = (document.Title, document.Forum);
            }

            var result = WithoutRepeatedInputFindings(Run(new ReadResult(path, document, document.InputFindings), Verifier), part.More, ref articleSeen);
            postsSeen |= document.Kind == Documents.DocumentKind.ForumThread;
            yield return new CheckedPart(part.Index, textOffset, result);
            textOffset += document.Source.Length;
            postsBefore += document.Posts.Length;
        }
    }

    private static int LineBreaks(ReadOnlySpan<char> text) => Text.SourceText.ComputeLineStarts(text).Length - 1;

    /// <summary>CC9001 speaks of the whole input: said once, by the last part, and only when no part had article text.</summary>
    private static CheckResult WithoutRepeatedInputFindings(CheckResult result, bool more, ref bool articleSeen)
    {
        bool noArticle = result.Findings.Any(f => f.Id == RuleIds.NoArticleText);
        articleSeen |= !noArticle;
        return noArticle && (more || articleSeen) ? result with { Findings = [.. result.Findings.Where(f => f.Id != RuleIds.NoArticleText)] } : result;
    }

    /// <summary>
    /// Checks a summary (a news item, a forum post) against its source (the abstract), both already checked:
    /// numbers for the same quantity must agree within rounding (CC4001), numbers the source lacks are noted
    /// (CC4002), and the summary must not claim more than the source (CC4003: benefit for a non-significant result, cause
    /// for a correlation, a direct claim for a hedged one, everyone for a subgroup).
    /// Empty when either side could not be read.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ComparisonResult Compare(CheckResult summary, CheckResult source)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(source);
        return new ComparisonResult(summary, source, Verifier.Compare(summary, source));
    }

    /// <summary>Checks two texts (HTML or plain text) and the first against the second (see <see cref="Compare(CheckResult, CheckResult)"/>).</summary>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public ComparisonResult Compare(string summaryText, string sourceText, string? summaryPath = null, string? sourcePath = null)
    {
        ArgumentNullException.ThrowIfNull(summaryText);
        ArgumentNullException.ThrowIfNull(sourceText);
        return Compare(Check(summaryText, summaryPath), Check(sourceText, sourcePath));
    }

    /// <summary>The stages after reading, in order; the one place they are put together.</summary>
    internal static CheckResult Run(ReadResult read, Verifier verifier, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!read.Succeeded)
        {
            return new CheckResult(read, null, verifier.Filter(read.InputFindings));
        }

        // Segmenting: each sentence gets its role, clauses and cues; extraction and the rules read them.
        ThreadDocument document = DocumentSegmenter.Segment(read.Document);
        read = read with { Document = document };
        cancellationToken.ThrowIfCancellationRequested();
        var extraction = ClaimExtractor.Extract(document);
        cancellationToken.ThrowIfCancellationRequested();
        // Linking once: the result carries the linked claims (group sizes lent to percentages).
        var links = Linker.Link(extraction);
        cancellationToken.ThrowIfCancellationRequested();
        return new CheckResult(read, links.Extraction, verifier.Verify(document, links));
    }
}
