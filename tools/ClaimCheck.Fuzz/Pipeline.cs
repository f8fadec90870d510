using ClaimCheck.Diagnostics;
using ClaimCheck.Parsing;
using ClaimCheck.Reporting;
using ClaimCheck.Text;
using ClaimCheck.Verification;

namespace ClaimCheck.Fuzz;

/// <summary>
/// The whole pipeline as a fuzz target: read the bytes (decode, parse), extract, link, verify, compare
/// with the previous input, and write every report format into a null stream; then check the
/// invariants of the results. Anything thrown, and any broken invariant, is a failure: bad input must
/// give findings (CC9001–CC9004), never exceptions. Thread-safe.
/// </summary>
public static class Pipeline
{
    private static readonly ThreadReader Reader = new();
    private static readonly Verifier SharedVerifier = new();

    /// <summary>The longest string also checked in parts (64 parts at most): longer ones would double an input's time for no new shape.</summary>
    private const int MaxPartsInput = 64 * 1024;

    /// <summary>Runs <paramref name="input"/> (and, when given, <paramref name="text"/> through <c>ClaimChecker.Check(string)</c> and <c>ClaimPipeline.CheckInParts</c>) and checks the results.</summary>
    /// <param name="input">The input's bytes, read as a file would be.</param>
    /// <param name="text">A .NET string to check as already decoded text (it may hold lone surrogates), or null.</param>
    /// <exception cref="InvariantException">A result breaks an invariant.</exception>
    public static void Run(byte[] input, string? text)
    {
        ArgumentNullException.ThrowIfNull(input);
        var fromBytes = ClaimChecker.Check(Reader.Read(input, "fuzz.txt"), SharedVerifier);
        Verify(fromBytes, "bytes");
        WriteReports(fromBytes);
        if (text is not null)
        {
            var fromText = ClaimChecker.Check(text, "fuzz-text.txt");
            Verify(fromText, "text");
            WriteReports(fromText);
            var comparison = ClaimChecker.Compare(fromText, fromBytes, VerifierOptions.Default);
            foreach (var finding in comparison.Findings)
            {
                VerifyLocation(finding.Location, fromText.Document?.Source, "comparison " + finding.Id);
            }

            SarifReportWriter.Write(Stream.Null, comparison);
            if (text.Length <= MaxPartsInput)
            {
                CheckInParts(text);
            }
        }
    }

    /// <summary>
    /// Checks <paramref name="text"/> in parts of the fewest characters allowed (plain text or HTML, as the content says),
    /// so that a few kilobytes make several parts: every part's result holds the invariants, the parts follow one another
    /// (each starts where the texts before it end), and every finding's line and column are at least 1.
    /// </summary>
    public static void CheckInParts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int start = 0;
        foreach (var part in ClaimPipeline.Default.CheckInParts(new StringReader(text), "fuzz-parts.txt", ClaimPipeline.MinPartLength))
        {
            Verify(part.Result, $"part {part.Index}");
            Require(part.Start == start, $"part {part.Index} starts at {part.Start}, not where the parts before it end ({start})");
            start += part.Result.Document?.Source.Length ?? 0;
            foreach (var finding in part.Findings)
            {
                Require(finding.Location.Position.Line >= 1 && finding.Location.Position.Column >= 1, $"part {part.Index} {finding.Id}: line or column below 1");
            }
        }
    }

    /// <summary>Writes <paramref name="result"/> in every format (JSON, SARIF, HTML, text) to null outputs.</summary>
    public static void WriteReports(CheckResult result)
    {
        JsonReportWriter.Write(Stream.Null, [result]);
        SarifReportWriter.Write(Stream.Null, [result]);
        HtmlReportWriter.Write(Stream.Null, [result]);
        TextReportWriter.Write(TextWriter.Null, [result]);
        foreach (var finding in result.Findings)
        {
            // A text report goes to terminals: no control character from a page may reach it raw (the tab aside).
            string line = TextReportWriter.Format(finding, result.Path);
            int control = line.AsSpan().IndexOfAnyInRange('\u0000', '\u001f');
            while (control >= 0 && line[control] == '\t')
            {
                int next = line.AsSpan(control + 1).IndexOfAnyInRange('\u0000', '\u001f');
                control = next < 0 ? -1 : control + 1 + next;
            }

            Require(control < 0 && line.AsSpan().IndexOfAnyInRange('\u007f', '\u009f') < 0, $"{finding.Id}: a control character reaches the text report raw");
        }
    }

    /// <summary>Checks the invariants of a result: spans inside the source, located text equal to the source's, lines and columns from 1.</summary>
    /// <exception cref="InvariantException">An invariant does not hold.</exception>
    public static void Verify(CheckResult result, string what)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Document is not { } document)
        {
            Require(result.Findings.Any(f => f.Id == InputRules.Unreadable.Id), $"{what}: an unread input has no CC9002 finding");
            foreach (var finding in result.Findings)
            {
                VerifyLocation(finding.Location, null, what + " " + finding.Id);
            }

            return;
        }

        var source = document.Source;
        foreach (var finding in result.Findings)
        {
            Require(!string.IsNullOrEmpty(finding.Message), $"{what}: {finding.Id} has no message");
            VerifyLocation(finding.Location, source, $"{what} {finding.Id}");
            foreach (var also in finding.AdditionalLocations)
            {
                VerifyLocation(also, source, $"{what} {finding.Id} (additional location)");
            }
        }

        foreach (var block in document.Blocks)
        {
            RequireInside(block.Span, source, $"{what}: block");
            foreach (var paragraph in block.Paragraphs)
            {
                RequireInside(paragraph.Span, source, $"{what}: paragraph");
            }

            foreach (var sentence in block.Sentences)
            {
                RequireInside(sentence.Span, source, $"{what}: sentence");
            }
        }

        foreach (var claim in result.Extraction?.Claims ?? [])
        {
            RequireInside(claim.Span, source, $"{what}: {claim.Kind} claim");
            RequireInside(claim.SentenceSpan, source, $"{what}: {claim.Kind} claim's sentence");
            foreach (var number in claim.Numbers)
            {
                // A printed number is a value, ±∞ when too large for a double, never NaN (rules compare and take signs of them).
                Require(!double.IsNaN(number.Value), $"{what}: the number '{number.Text}' of a {claim.Kind} claim has the value NaN");
                RequireInside(number.Span, source, $"{what}: a number of a {claim.Kind} claim");
            }
        }
    }

    private static void VerifyLocation(Location location, SourceText? source, string what)
    {
        Require(location.Position.Line >= 1 && location.Position.Column >= 1, $"{what}: position {location.Position} is not 1-based");
        if (source is null)
        {
            return;
        }

        if (location.Span == default && location.Text.Length == 0 && location.Position == new LinePosition(1, 1))
        {
            // A finding about the whole input (CC9001 no article text, CC9003 cut) points at the file, not at its text.
            return;
        }

        RequireInside(location.Span, source, $"{what}: finding");
        Require(location.Text == source.ToString(location.Span), $"{what}: a finding's text differs from the source at {location.Span}");
        var expected = source.GetLinePosition(location.Span.Start);
        Require(location.Position == expected, $"{what}: a finding's position {location.Position} differs from the source's {expected}");
    }

    private static void RequireInside(TextSpan span, SourceText source, string what)
        => Require(span.Start >= 0 && span.Length >= 0 && span.End <= source.Length, $"{what} span {span} is outside the source (length {source.Length})");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantException(message);
        }
    }
}

/// <summary>A result of the pipeline broke one of the invariants <see cref="Pipeline.Verify"/> checks.</summary>
public sealed class InvariantException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvariantException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InvariantException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public InvariantException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
