using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// Turns the text of each block into immutable claim records: proportions, counts, ratio and
/// difference estimates with their intervals and p-values, p-values, test statistics, means with
/// SDs, medians with IQRs, allocation ratios, doses and significance wording. Every claim keeps its
/// exact span (<c>claim.Text == source.ToString(claim.Span)</c>) and every number its printed
/// precision. Works sentence by sentence, in time linear in the text's length; never throws for
/// ordinary text. Thread-safe (each call has its own state).
/// </summary>
public static class ClaimExtractor
{
    /// <summary>The findings extraction raises (CC9004), for the rule catalogue.</summary>
    internal static ImmutableArray<RuleDescriptor> SupportedRules { get; } = [InputRules.ReconstructedNumber, InputRules.LetterForDigit, InputRules.SpacedDecimal];

    /// <summary>Extracts the claims of every block of <paramref name="document"/>, sentence by sentence (<see cref="Block.Sentences"/>).</summary>
    /// <param name="document">A parsed document.</param>
    /// <returns>The claims grouped by block, and CC9004 findings for reconstructed numbers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static ExtractionResult Extract(ThreadDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var scanner = new ClaimScanner();
        var claims = new List<Claim>();
        var blocks = ImmutableArray.CreateBuilder<BlockClaims>();
        var findings = ImmutableArray.CreateBuilder<Finding>();
        string text = document.Source.Text;
        foreach (var post in document.Posts)
        {
            for (int b = 0; b < post.Blocks.Length; b++)
            {
                var block = post.Blocks[b];
                claims.Clear();
                foreach (var sentence in block.Sentences)
                {
                    scanner.Scan(text, sentence.Span, claims);
                }

                blocks.Add(new BlockClaims(post.Index, b, block, block.Span, Finish(document.Source, claims, findings)));
            }
        }

        return new ExtractionResult(document.Source, blocks.ToImmutable(), findings.ToImmutable());
    }

    /// <summary>
    /// Extracts the claims of raw text taken as one block: each line is a paragraph, split into
    /// sentences. Use <see cref="Extract"/> for parsed pages, where chrome is already dropped.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="path">The path to report in findings, or null.</param>
    /// <returns>One <see cref="BlockClaims"/> (post 1, block 0, no <see cref="Block"/>) and the CC9004 findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ExtractionResult ExtractFromText(string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = SourceText.From(text, path);
        var scanner = new ClaimScanner();
        var claims = new List<Claim>();
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int newline = text.AsSpan(lineStart).IndexOfAny('\n', '\r');
            int lineEnd = newline < 0 ? text.Length : lineStart + newline;
            if (lineEnd > lineStart)
            {
                foreach (var sentence in SentenceSplitter.Split(text, TextSpan.FromBounds(lineStart, lineEnd)))
                {
                    scanner.Scan(text, sentence, claims);
                }
            }

            lineStart = lineEnd + 1;
        }

        var findings = ImmutableArray.CreateBuilder<Finding>();
        var block = new BlockClaims(1, 0, null, new TextSpan(0, text.Length), Finish(source, claims, findings));
        return new ExtractionResult(source, [block], findings.ToImmutable());
    }

    private static ImmutableArray<Claim> Finish(SourceText source, List<Claim> claims, ImmutableArray<Finding>.Builder findings)
    {
        if (claims.Count == 0)
        {
            return [];
        }

        claims.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        foreach (var claim in claims)
        {
            // Only numbers read with scientific notation can be reconstructed; the other kinds are skipped unlisted.
            if (claim.Kind is ClaimKind.Significance or ClaimKind.Count or ClaimKind.Proportion or ClaimKind.MeanSd or ClaimKind.MedianIqr or ClaimKind.AllocationRatio)
            {
                continue;
            }

            foreach (var number in claim.Numbers)
            {
                if (number.IsReconstructed && number.Text.Length == 1 && char.IsLetter(number.Text[0]))
                {
                    findings.Add(Finding.Create(InputRules.LetterForDigit, Location.In(source, number.Span), number.Text, number.Value.ToString(CultureInfo.InvariantCulture)));
                }
                else if (number.IsReconstructed && number.Exponent == 0 && number.Text.Contains('.') && number.Text.AsSpan().ContainsAny(' ', '\u00A0'))
                {
                    findings.Add(Finding.Create(InputRules.SpacedDecimal, Location.In(source, number.Span), number.Text,
                        number.Value.ToString("F" + number.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)));
                }
                else if (number.IsReconstructed)
                {
                    findings.Add(Finding.Create(InputRules.ReconstructedNumber, Location.In(source, number.Span),
                        number.Text, (number.Value / Math.Pow(10, number.Exponent)).ToString("G6", CultureInfo.InvariantCulture), number.Exponent));
                }
            }
        }

        return [.. claims];
    }
}
