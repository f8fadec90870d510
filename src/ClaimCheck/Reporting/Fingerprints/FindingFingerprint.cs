using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Text;

namespace ClaimCheck.Reporting.Fingerprints;

/// <summary>
/// A finding's stable identity for baselines and SARIF <c>partialFingerprints</c>: a hash of the rule id,
/// the normalised text the finding points at and the normalised text around it in its sentence (at most
/// <see cref="ContextLength"/> characters each side, so that a page-long sentence costs no more than a short
/// one). Line and column are not part of it, so a finding keeps its fingerprint when lines are added or
/// removed above it; it changes when the quoted text or the words around it are edited. Normalised: Unicode NFKC, lower case (invariant),
/// every run of white space one space, trimmed. The path is not part of it either: a baseline pairs it
/// with the path. Thread-safe (stateless).
/// </summary>
public static class FindingFingerprint
{
    /// <summary>The <c>partialFingerprints</c> key under which SARIF carries the fingerprint.</summary>
    public const string SarifKey = "claimCheckFinding/v1";

    /// <summary>How many characters of the sentence on each side of the finding's text are part of the fingerprint.</summary>
    public const int ContextLength = 120;

    // Each document's sentences in text order, found once: a page of thousands of findings and sentences
    // would otherwise be searched once per finding.
    private static readonly ConditionalWeakTable<ThreadDocument, Sentence[]> SentencesOf = [];

    /// <summary>The fingerprint of <paramref name="finding"/>: 32 lower-case hexadecimal digits.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="document">
    /// The document the finding's location points into, which gives the sentence around it; null (an
    /// unreadable input, or no document kept) uses the location's own text only.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public static string Compute(Finding finding, ThreadDocument? document)
    {
        ArgumentNullException.ThrowIfNull(finding);
        string context = document is null ? "" : Around(document, finding.Location);
        string text = string.Join('\n', "v1", finding.Id, Normalise(finding.Location.Text), Normalise(context));
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>Normalises text for the fingerprint (NFKC, lower case, white space collapsed, trimmed; what normalisation refuses as U+FFFD).</summary>
    internal static string Normalise(string text)
    {
        string normalised = Normalisable(text).Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(normalised.Length);
        bool space = false;
        foreach (char c in normalised)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The text of the sentence that holds the location's start, cut to <see cref="ContextLength"/> characters
    /// each side of the location, or empty when no sentence holds it (a whole-file finding).
    /// </summary>
    private static string Around(ThreadDocument document, Location location)
    {
        if (location.Span.IsEmpty && location.Text.Length == 0)
        {
            return "";
        }

        var sentences = SentencesOf.GetValue(document, d => [.. d.Blocks.SelectMany(b => b.Sentences).OrderBy(s => s.Span.Start)]);
        int start = location.Span.Start;
        // The last sentence that starts at or before the location.
        int low = 0, high = sentences.Length - 1, found = -1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            if (sentences[middle].Span.Start <= start)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        if (found < 0 || !sentences[found].Span.Contains(start))
        {
            return "";
        }

        var sentence = sentences[found].Span;
        int from = Math.Max(sentence.Start, start - ContextLength);
        int to = Math.Min(sentence.End, Math.Max(start, location.Span.End) + ContextLength);
        return document.Source.ToString(new TextSpan(from, to - from));
    }

    /// <summary>
    /// <paramref name="text"/> with what <see cref="string.Normalize()"/> refuses (an unpaired surrogate, the
    /// noncharacters U+FFFE and U+FFFF) replaced by U+FFFD: a page may hold them, and its findings quote it.
    /// </summary>
    private static string Normalisable(string text)
    {
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool valid = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(text[i - 1])
                : c is not ('\uFFFE' or '\uFFFF');
            if (!valid)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }
}
