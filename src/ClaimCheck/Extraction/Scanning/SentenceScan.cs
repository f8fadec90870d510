using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Scanning;

/// <summary>
/// The tokens of the sentence being read and the claims found so far in its block. Reused from
/// sentence to sentence within one extraction; not thread-safe.
/// </summary>
internal sealed class SentenceScan
{
    private static readonly WordSet StopWords = new("either", "receive", "received", "for", "at", "on", "who", "that", "which", "had", "as", "into", "between", "among");

    private readonly TokenBuffer _tokens = new();

    internal string Text { get; private set; } = string.Empty;

    internal TextSpan Sentence { get; private set; }

    internal List<Claim> Claims { get; private set; } = [];

    /// <summary>Tokens before this index belong to a claim already made; only wording is still read there.</summary>
    internal int ConsumedUntil { get; set; }

    /// <summary>First token of the interval or p-value a comparison took as its own (its tail), or -1.</summary>
    internal int AbsorbedFrom { get; set; } = -1;

    /// <summary>The token after the comparison's tail.</summary>
    internal int AbsorbedTo { get; set; } = -1;

    /// <summary>The token after the last value of the last comparison; a value before it is already compared.</summary>
    internal int ComparedUntil { get; set; }

    /// <summary>
    /// Tokens where a listed relative change starts ("30 percent" of "reduced by 10 percent for X, 30 percent for Y"), with
    /// the direction of the change that leads the list; read when the scanner reaches them, so the words between stay free.
    /// </summary>
    internal List<(int Token, Claims.ChangeDirection Direction)> ListedChanges { get; } = [];

    /// <summary>Index in <see cref="Claims"/> of the sentence's last significance statement, or -1.</summary>
    internal int LastStatement { get; set; } = -1;

    /// <summary>True when token <paramref name="i"/> lies in the tail a comparison took.</summary>
    internal bool IsAbsorbed(int i) => i >= AbsorbedFrom && i < AbsorbedTo;

    internal int Count => _tokens.Count;

    /// <summary>The token at <paramref name="index"/>, its keyword looked up on first use (most words are never asked about).</summary>
    internal ref Token this[int index]
    {
        get
        {
            ref var t = ref _tokens[index];
            if ((t.Flags & TokenFlags.Unclassified) != 0)
            {
                t.Keyword = Lexicon.Classify(Text.AsSpan(t.Start, t.Length));
                t.Flags &= ~TokenFlags.Unclassified;
            }

            return ref t;
        }
    }

    /// <summary>What token <paramref name="index"/> is, without looking up its keyword.</summary>
    internal TokenKind KindOf(int index) => _tokens[index].Kind;

    /// <summary>
    /// False for a word that cannot start a claim or wording (a cheap filter on length and first and
    /// last letter); true for every other word, which is then classified.
    /// </summary>
    internal bool MayTrigger(int index)
    {
        ref var t = ref _tokens[index];
        return (t.Flags & TokenFlags.Cjk) != 0 || Lexicon.MayTrigger(Text.AsSpan(t.Start, t.Length));
    }

    internal void Begin(string text, TextSpan sentence, List<Claim> claims)
    {
        Text = text;
        Sentence = sentence;
        Claims = claims;
        ConsumedUntil = 0;
        ComparedUntil = 0;
        ListedChanges.Clear();
        LastStatement = -1;
        AbsorbedFrom = -1;
        AbsorbedTo = -1;
        Tokenizer.Tokenize(text, sentence.Start, sentence.End, _tokens);
    }

    internal bool InRange(int i) => i >= 0 && i < _tokens.Count;

    internal bool IsSymbol(int i, char c) => InRange(i) && _tokens[i].Kind == TokenKind.Symbol && _tokens[i].Symbol == c;

    internal bool IsKeyword(int i, Keyword keyword) => InRange(i) && _tokens[i].Kind == TokenKind.Word && this[i].Keyword == keyword;

    internal bool IsNumber(int i) => InRange(i) && _tokens[i].Kind == TokenKind.Number;

    internal bool IsWord(int i) => InRange(i) && _tokens[i].Kind == TokenKind.Word;

    internal bool IsLatinWord(int i) => IsWord(i) && (_tokens[i].Flags & TokenFlags.Cjk) == 0;

    internal bool IsCjk(int i) => IsWord(i) && (_tokens[i].Flags & TokenFlags.Cjk) != 0;

    /// <summary>True when token <paramref name="i"/> is the word <paramref name="word"/>, ignoring case.</summary>
    internal bool IsWord(int i, string word) => IsWord(i) && TextOf(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when token <paramref name="i"/> follows the previous one with no white space between.</summary>
    internal bool IsGlued(int i) => InRange(i) && !_tokens[i].SpaceBefore;

    internal ReadOnlySpan<char> TextOf(int i) => Text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    internal TextSpan SpanOf(int first, int last) => TextSpan.FromBounds(_tokens[first].Start, _tokens[last].End);

    internal string StringOf(int first, int last) => Text.Substring(_tokens[first].Start, _tokens[last].End - _tokens[first].Start);

    /// <summary>True for '(' or '['.</summary>
    internal bool IsOpening(int i) => IsSymbol(i, '(') || IsSymbol(i, '[');

    /// <summary>The closing bracket that matches <paramref name="opening"/>.</summary>
    internal static char Closing(char opening) => opening switch { '[' => ']', '{' => '}', _ => ')' };

    internal ReportedNumber MakeNumber(in NumberRef n)
    {
        var span = SpanOf(n.First, n.Last);
        return new ReportedNumber(Text.Substring(span.Start, span.Length), span, n.Value, n.Decimals, n.Exponent, n.Sign, n.Percent, n.Reconstructed, isInWords: false)
            .WithNotation(NotationReader.Read(Text, span.Start, span.End));
    }

    internal PValue MakePValue(in PValueRef p)
    {
        var span = SpanOf(p.First, p.Last);
        ReportedNumber? value = p.HasNumber ? MakeNumber(p.Value) : null;
        string valueText = p.HasNumber ? value!.Value.Text : StringOf(p.Value.First, p.Last);
        string? qualifier = p.QualifierFirst >= 0 ? StringOf(p.QualifierFirst, p.QualifierLast) : null;
        return new PValue(span, p.Relation, value, valueText, qualifier);
    }

    internal ConfidenceInterval MakeInterval(in IntervalRef ci)
    {
        ReportedNumber? level = null;
        if (ci.Level >= 0)
        {
            var t = _tokens[ci.Level];
            var span = TextSpan.FromBounds(t.Start, t.End);
            bool percent = IsSymbol(ci.Level + 1, '%');
            level = new ReportedNumber(Text.Substring(t.Start, t.Length), span, t.Value, t.Decimals, 0, '\0', isPercent: percent, isReconstructed: false, isInWords: false);
        }

        return new ConfidenceInterval(SpanOf(ci.SpanFirst, ci.Upper.Last), level, MakeNumber(ci.Lower), MakeNumber(ci.Upper));
    }

    /// <summary>The interval of an estimate's tail, knowing whether a closing bracket separates it from the tail's p; null when the tail has none.</summary>
    internal ConfidenceInterval? MakeInterval(in EstimateTail tail)
    {
        if (!tail.HasInterval)
        {
            return null;
        }

        var ci = MakeInterval(tail.Interval);
        return tail.HasP && NotationReader.ClosedBefore(Text, ci.Upper.Span.End, SpanOf(tail.P.First, tail.P.Last).Start) ? ci with { ClosedBeforeP = true } : ci;
    }

    /// <summary>The span and text of a claim from token <paramref name="first"/> to token <paramref name="last"/>.</summary>
    internal (TextSpan Span, string Text) ClaimText(int first, int last) => ClaimTextFrom(_tokens[first].Start, last);

    /// <summary>The span and text of a claim from offset <paramref name="start"/> to the end of token <paramref name="last"/>.</summary>
    internal (TextSpan Span, string Text) ClaimTextFrom(int start, int last)
    {
        var span = TextSpan.FromBounds(start, _tokens[last].End);
        return (span, Text.Substring(span.Start, span.Length));
    }

    /// <summary>
    /// Reads the unit printed right after a value: a known unit word, optionally with "/word" parts
    /// ("mmol/l"); returns the last token of the unit or -1.
    /// </summary>
    internal int ReadUnit(int i)
    {
        if (!IsLatinWord(i) || !Lexicon.IsUnit(TextOf(i)))
        {
            return -1;
        }

        int last = i;
        while (IsSymbol(last + 1, '/') && IsGlued(last + 1) && IsLatinWord(last + 2) && IsGlued(last + 2))
        {
            last += 2;
        }

        // "percentage points", "mm Hg", "g min−1"
        if (IsLatinWord(last + 1) && ((Lexicon.IsUnit(TextOf(last + 1)) && !IsKeyword(last + 1, Keyword.TimeUnit)) || IsUnitPower(last + 1)))
        {
            last++;
        }

        // "mg/kg per h"
        if (IsKeyword(last + 1, Keyword.Per) && IsLatinWord(last + 2) && Lexicon.IsUnit(TextOf(last + 2)))
        {
            last += 2;
        }

        return last;
    }

    // "min−1", "m−2": a unit whose superscript exponent was flattened (the tokenizer keeps it one word).
    private bool IsUnitPower(int i)
    {
        var word = TextOf(i);
        int minus = word.IndexOf('\u2212');
        return minus > 0 && minus < word.Length - 1 && Lexicon.IsUnit(word[..minus]);
    }

    /// <summary>
    /// The unit before a bracketed, labelled interval: a known unit, or up to three short words
    /// ("−131 dyn s/cm5 (95% CI …)", "17 WOMAC units (95% CI …)"); the last token of the unit or -1.
    /// </summary>
    internal int ReadUnitBeforeInterval(int i)
    {
        int known = ReadUnit(i);
        if (known >= 0)
        {
            return known;
        }

        int last = -1;
        for (int k = i; k < i + 5 && InRange(k); k++)
        {
            if (IsOpening(k) && IntervalParser.StartsLabelled(this, k + 1))
            {
                return last;
            }

            bool unitLike = (IsLatinWord(k) && !IsStopWord(k) && this[k].Keyword == Keyword.None && _tokens[k].Length <= 8)
                || (IsSymbol(k, '/') && IsLatinWord(k + 1));
            if (!unitLike)
            {
                return -1;
            }

            last = k;
        }

        return -1;
    }

    /// <summary>Looks back from <paramref name="i"/> (exclusive) at most <paramref name="window"/> tokens for <paramref name="keyword"/>.</summary>
    internal int FindBack(int i, int window, Keyword keyword)
    {
        for (int j = i - 1; j >= 0 && j >= i - window; j--)
        {
            if (IsKeyword(j, keyword))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// A group label written before token <paramref name="i"/> (exclusive): up to four words back,
    /// stopping at function words and punctuation ("either UC-MSCs (n = 65)" gives "UC-MSCs").
    /// </summary>
    internal string? LabelBefore(int i) => LabelBeforeRange(i, out int first, out int last) ? StringOf(first, last) : null;

    /// <summary>The token range of <see cref="LabelBefore"/>; false when there is no label.</summary>
    internal bool LabelBeforeRange(int i, out int first, out int last)
    {
        last = i - 1;
        first = i;
        for (int j = last; j >= 0 && j >= i - 5; j--)
        {
            // "lisinopril/P-placebo (n = 8)": words joined by a glued slash name one group.
            if (IsSymbol(j, '/') && IsGlued(j) && IsGlued(j + 1) && j < last && IsLatinWord(j - 1))
            {
                continue;
            }

            if (!IsLatinWord(j) || IsStopWord(j) || IsVerbForm(j))
            {
                break;
            }

            first = j;
        }

        if (first > last)
        {
            return false;
        }

        // A label right after a number is a unit ("48 h (n = 11)"), not a group; after "to" it is a
        // verb ("volunteered to participate (N=397)") unless an assignment leads there ("randomized to placebo").
        if (IsNumber(first - 1) || (first == last && (Lexicon.IsUnit(TextOf(first)) || this[first].Keyword is Keyword.Subject or Keyword.Total or Keyword.TimeUnit))
            || IsInfinitiveObject(first))
        {
            return false;
        }

        // "the no aspirin group (n = 1,098)": the negation names the group.
        if (IsKeyword(last, Keyword.Group) && (IsWord(first - 1, "no") || IsWord(first - 1, "non")))
        {
            first--;
        }

        return true;
    }

    /// <summary>
    /// A group label written after a value from token <paramref name="i"/>: "(of patients) in the MSC group"
    /// gives "MSC group"; null when there is none. <paramref name="next"/> is the token after the label.
    /// </summary>
    internal string? LabelAfter(int i, out int next)
    {
        if (LabelAfterRange(i, out int first, out int last))
        {
            next = last + 1;
            return StringOf(first, last);
        }

        next = i;
        return null;
    }

    /// <summary>The token range of <see cref="LabelAfter"/>; false when there is no label.</summary>
    internal bool LabelAfterRange(int i, out int first, out int last)
    {
        first = -1;
        last = -1;
        int j = i;
        if (IsKeyword(j, Keyword.Subject))
        {
            // "17.9% (10/56) patients in the MSC group"
            j++;
        }
        else if (IsKeyword(j, Keyword.Of))
        {
            int k = j + 1;
            if (IsKeyword(k, Keyword.Article))
            {
                k++;
            }

            if (!IsKeyword(k, Keyword.Subject))
            {
                // "10/29 (34.5%) of the placebo group": the group itself.
                return GroupWordsAt(k, out first, out last);
            }

            j = k + 1;
        }

        if (!IsKeyword(j, Keyword.In))
        {
            return false;
        }

        j++;
        if (IsKeyword(j, Keyword.Article))
        {
            j++;
        }

        return GroupWordsAt(j, out first, out last);
    }

    /// <summary>"placebo group", "MSC infusion group": up to three words ending in a group noun from token <paramref name="j"/>.</summary>
    private bool GroupWordsAt(int j, out int first, out int last)
    {
        first = -1;
        last = -1;
        for (int k = j; k < j + 4 && IsLatinWord(k); k++)
        {
            if (IsKeyword(k, Keyword.Group))
            {
                if (k == j)
                {
                    return false;
                }

                first = j;
                last = k;
                return true;
            }

            if (IsStopWord(k))
            {
                break;
            }
        }

        return false;
    }

    // "volunteered to participate", "according to the same schedule": "to" not led by an assignment ("randomized to placebo").
    private bool IsInfinitiveObject(int first)
    {
        int to = IsKeyword(first - 1, Keyword.Article) ? first - 2 : first - 1;
        return IsKeyword(to, Keyword.To) && !IsKeyword(to - 1, Keyword.Assigned);
    }

    // "We recruited placebo (n = 36)": a lower-case past form before a label is the sentence's verb.
    private bool IsVerbForm(int i)
        => (_tokens[i].Flags & TokenFlags.Capitalized) == 0 && TextOf(i).EndsWith("ed", StringComparison.Ordinal) && TextOf(i).Length > 4;

    internal bool IsStopWord(int i) => this[i].Keyword is Keyword.Of or Keyword.In or Keyword.Article or Keyword.And or Keyword.Or
        or Keyword.To or Keyword.With or Keyword.Copula or Keyword.By or Keyword.From or Keyword.Assigned or Keyword.Vs or Keyword.Compared
        or Keyword.Per or Keyword.Than or Keyword.Respectively or Keyword.Negation or Keyword.Purpose
        || StopWords.Contains(this, i);
}
