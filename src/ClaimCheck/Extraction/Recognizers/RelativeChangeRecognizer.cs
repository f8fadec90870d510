using System.Collections.Frozen;
using System.Globalization;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Grammar;
using ClaimCheck.Extraction.Scanning;
using Humanizer;
using Words = ClaimCheck.Lexicons.Lexicon;

namespace ClaimCheck.Extraction.Recognizers;

/// <summary>
/// Relative changes, as news states results: at a number, <c>cut the risk by 44%</c>, <c>27% more likely</c>,
/// <c>21% increased risk</c>, <c>a reduction of 43.8%</c>, <c>a 400% increase</c>, <c>an increase of 15 percentage points</c>,
/// <c>3 times more</c>, <c>a 2-fold increase</c>, <c>from 25% to 40%</c>; at a word, <c>twice as likely</c>, <c>half as likely</c>,
/// <c>three times more</c>, <c>doubled</c>, <c>reduced … by half</c>. The direction comes from the change words
/// (Lexicons/change-up.txt, change-down.txt); a percent with none of them is no change ("44% of patients"), nor is one
/// followed by a verb without a quantity ("17.1% declined", "44% improved": shares of people), nor a threshold ("at least a 50% reduction").
/// Every look is a fixed window, so a sentence is read in linear time.
/// </summary>
internal static class RelativeChangeRecognizer
{
    private const int MaxVerbDistance = 5;
    private const int MaxAmountFillers = 4;
    private const int MaxListGap = 24;
    private const int MaxBaseDistance = 8;
    private const int MaxBaseWords = 5;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly WordSet Up = new([.. Words.ChangeUpWords]);
    private static readonly WordSet Down = new([.. Words.ChangeDownWords]);
    private static readonly WordSet Quantities = new([.. Words.ChangeQuantities]);
    private static readonly WordSet AmountFillers = new([.. Words.ChangeAmountFillers]);

    // Words after a change's amount that a list of further changes repeats: "10 percent for prostate cancer, 30 percent for …".
    private static readonly WordSet ListWords = new("for", "versus", "vs", "in", "among", "with");
    private static readonly WordSet Times = new("times");
    private static readonly WordSet Points = new("points", "point");
    private static readonly WordSet RangeWords = new("range", "ranged", "ranging", "ranges", "varied", "varying", "vary", "varies");
    // One-word connectors ("than", "versus") and two-word ones ("compared with"), from Lexicons/change-bases.txt.
    private static readonly WordSet Than = new([.. Words.ChangeBases.Where(b => !b.Contains(' '))]);
    private static readonly (string First, string Second)[] TwoWordBases = [.. Words.ChangeBases.Where(b => b.Contains(' ')).Select(b => (b[..b.IndexOf(' ')], b[(b.IndexOf(' ') + 1)..]))];

    // Words that end the name of what a change is relative to ("than patients given chemotherapy who …").
    private static readonly WordSet BaseStops = new("who", "that", "which", "and", "or", "but", "when", "while", "after", "during", "for", "at", "to", "by", "were", "was", "had", "is", "are", "did", "according");

    // A change word that is a verb taking its object after ("reduced 32% of", "increased 20 patients") is no change.
    private static readonly WordSet ObjectWords = new("of", "patients", "people", "participants");

    private static readonly FrozenDictionary<string, (double Factor, ChangeDirection Direction, bool As)> Multiples = Words.ChangeMultiples
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToFrozenDictionary(
            p => p[0],
            p => (double.Parse(p[1], CultureInfo.InvariantCulture), p[2] == "up" ? ChangeDirection.Increase : ChangeDirection.Decrease, p[3] == "as"),
            StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, (double Factor, ChangeDirection Direction, bool As)>.AlternateLookup<ReadOnlySpan<char>> MultipleLookup
        = Multiples.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A relative change whose amount is the number at token <paramref name="i"/>.</summary>
    internal static bool TryMatchNumber(SentenceScan s, int i, out int next)
    {
        next = i;
        if (!NumberParser.TryRead(s, i, NumberReading.Plain, out var a) || a.Sign != '\0' || a.Exponent != 0)
        {
            return false;
        }

        if (a.Percent && s.IsKeyword(i - 1, Keyword.From) && !RangeWords.Contains(s, i - 2) && s.IsKeyword(a.Next, Keyword.To)
            && NumberParser.TryRead(s, a.Next + 1, NumberReading.Plain, out var b) && b.Percent && b.Sign == '\0')
        {
            return FromTo(s, i, a, b, out next);
        }

        RelativeChangeForm form;
        int after;
        if (a.Percent)
        {
            form = RelativeChangeForm.Percent;
            after = a.Next;
        }
        else if (s.IsWord(a.Next, "percentage") && Points.Contains(s, a.Next + 1))
        {
            form = RelativeChangeForm.PercentagePoints;
            after = a.Next + 2;
        }
        else if (Times.Contains(s, a.Next))
        {
            form = RelativeChangeForm.TimesMore;
            after = a.Next + 1;
        }
        else if (s.IsWord(a.Next, "fold"))
        {
            // "2 fold increase"; "2-fold" is one word, read at the word.
            form = RelativeChangeForm.Fold;
            after = a.Next + 1;
        }
        else
        {
            return false;
        }

        return Complete(s, i, s.MakeNumber(a), form, after, out next);
    }

    /// <summary>A relative change led by a word: "twice as likely", "doubled", "by half", "three times more".</summary>
    internal static bool TryMatchWord(SentenceScan s, int i, out int next)
    {
        next = i;
        if (s.IsKeyword(i, Keyword.NumberWord))
        {
            // "four times more likely": the amount in words.
            int j = i;
            while (s.IsKeyword(j, Keyword.NumberWord))
            {
                j++;
            }

            if (!Times.Contains(s, j) || !s.StringOf(i, j - 1).Replace('-', ' ').TryToNumber(out int value, English))
            {
                return false;
            }

            return Complete(s, i, Word(s, i, j - 1, value), RelativeChangeForm.TimesMore, j + 1, out next);
        }

        if (Lexicon.IsFold(s.TextOf(i)))
        {
            // "a 2-fold increase", "a threefold higher risk"
            return TryFold(s, i, out next);
        }

        if (!MultipleLookup.TryGetValue(s.TextOf(i), out var multiple))
        {
            return false;
        }

        var amount = Word(s, i, i, multiple.Factor);
        if (!multiple.As)
        {
            // "doubled", "halved"; "doubling time" names a quantity, not a change; "more than doubled" a threshold.
            if (s.IsKeyword(i + 1, Keyword.TimeUnit) || IsThreshold(s, i))
            {
                return false;
            }

            var (span, text) = s.ClaimText(i, i);
            s.Claims.Add(new RelativeChangeClaim(span, text, s.Sentence, RelativeChangeForm.Fold, multiple.Direction, amount, null, null, BaseAfter(s, i + 1)));
            next = i + 1;
            return true;
        }

        if (s.IsKeyword(i - 1, Keyword.By) && VerbBefore(s, i - 1, out var verbDirection, out int verb))
        {
            // "reduced the risk by half"
            var (span, text) = s.ClaimText(verb, i);
            s.Claims.Add(new RelativeChangeClaim(span, text, s.Sentence, RelativeChangeForm.Fold, verbDirection, amount, null, null, BaseAfter(s, i + 1)));
            next = i + 1;
            return true;
        }

        return Complete(s, i, amount, RelativeChangeForm.TimesAs, i + 1, out next, multiple.Direction);
    }

    private static bool TryFold(SentenceScan s, int i, out int next)
    {
        next = i;
        var word = s.TextOf(i);
        var factor = word[..^4].TrimEnd('-');
        int start = s[i].Start;
        var span = new Text.TextSpan(start, factor.Length);
        ReportedNumber amount;
        if (char.IsAsciiDigit(factor[0]))
        {
            if (!double.TryParse(factor, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
            {
                return false;
            }

            int point = factor.IndexOf('.');
            amount = new ReportedNumber(factor.ToString(), span, value, point < 0 ? 0 : factor.Length - point - 1, 0, '\0', isPercent: false, isReconstructed: false, isInWords: false);
        }
        else if (factor.ToString().TryToNumber(out int words, English))
        {
            amount = new ReportedNumber(factor.ToString(), span, words, 0, 0, '\0', isPercent: false, isReconstructed: false, isInWords: true);
        }
        else
        {
            return false;
        }

        return Complete(s, i, amount, RelativeChangeForm.Fold, i + 1, out next);
    }

    private static bool Complete(SentenceScan s, int first, ReportedNumber amount, RelativeChangeForm form, int after, out int next, ChangeDirection multipleDirection = ChangeDirection.Unstated)
    {
        next = first;
        if (IsThreshold(s, first))
        {
            // "at least a 50% reduction in pain", "more than a 2-fold rise": a criterion, not a result.
            return false;
        }

        int start = first;
        int last = after - 1;
        var direction = ChangeDirection.Unstated;
        bool led = false;
        int about = -1;

        // "cut the risk by 44%", "declined by about 21%", "a reduction of 43.8%", "rose 44%"
        int by = first - 1;
        for (int f = 0; f < MaxAmountFillers && AmountFillers.Contains(s, by); f++)
        {
            by--;
        }

        if (s.IsKeyword(by, Keyword.By) && form is not RelativeChangeForm.TimesAs and not RelativeChangeForm.TimesMore)
        {
            led = true;
            if (VerbBefore(s, by, out direction, out int verb))
            {
                start = verb;
                // "cut the risk by 44%"
                for (int k = verb + 1; k < by; k++)
                {
                    about = Quantities.Contains(s, k) ? k : about;
                }
            }
        }
        else if (s.IsKeyword(first - 1, Keyword.Of) && DirectionOf(s, first - 2) is var noun && noun != ChangeDirection.Unstated)
        {
            direction = noun;
            start = first - 2;
        }
        else if (DirectionOf(s, first - 1) is var verbAt && verbAt != ChangeDirection.Unstated && form == RelativeChangeForm.Percent
            && !ObjectWords.Contains(s, after) && s.IsLatinWord(first - 1) && s.TextOf(first - 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            direction = verbAt;
            start = first - 1;
        }

        bool asForm = false;
        if (form is RelativeChangeForm.TimesMore or RelativeChangeForm.TimesAs or RelativeChangeForm.Fold && direction == ChangeDirection.Unstated)
        {
            if (s.IsWord(after, "as") && s.IsLatinWord(after + 1))
            {
                // "twice as likely", "three times as many"
                asForm = true;
                form = form == RelativeChangeForm.Fold ? form : RelativeChangeForm.TimesAs;
                last = after + 1;
                about = Quantities.Contains(s, last) ? last : -1;
            }
            else if (form == RelativeChangeForm.Fold && Quantities.Contains(s, after))
            {
                // "a two-fold risk of heart disease", "a 20-fold risk"
                asForm = true;
                last = after;
                about = after;
            }
            else if (s.IsWord(after, "the") && Quantities.Contains(s, after + 1) && form != RelativeChangeForm.Fold)
            {
                // "three times the risk", "twice the rate"
                asForm = true;
                form = RelativeChangeForm.TimesAs;
                last = after + 1;
            }
            else if (form == RelativeChangeForm.TimesAs)
            {
                // "twice daily", "half of the patients"
                return false;
            }
        }

        if (asForm)
        {
            direction = multipleDirection != ChangeDirection.Unstated ? multipleDirection : amount.Value >= 1 ? ChangeDirection.Increase : ChangeDirection.Decrease;
        }
        else if (!led || direction == ChangeDirection.Unstated)
        {
            var trail = DirectionOf(s, after);
            bool verbForm = s.IsLatinWord(after) && s.TextOf(after).EndsWith("ed", StringComparison.OrdinalIgnoreCase);
            if (trail != ChangeDirection.Unstated && !(s.IsWord(after, "more") && s.IsKeyword(after + 1, Keyword.Than) && form == RelativeChangeForm.Percent)
                && !(verbForm && form == RelativeChangeForm.Percent && !Quantities.Contains(s, after + 1)))
            {
                direction = trail;
                last = after;
                // "more likely", "lower risk", "increased risk of"
                if (Quantities.Contains(s, after + 1))
                {
                    last = after + 1;
                    about = last;
                }
            }
        }

        if (direction == ChangeDirection.Unstated && !(led && form == RelativeChangeForm.PercentagePoints))
        {
            return false;
        }

        var (span, text) = s.ClaimText(start, last);
        s.Claims.Add(new RelativeChangeClaim(span, text, s.Sentence, form, direction, amount, null, null, BaseAfter(s, last + 1), about >= 0 ? s.StringOf(about, about) : null));
        if (led && form == RelativeChangeForm.Percent)
        {
            MarkListedChanges(s, last + 1, direction);
        }

        next = last + 1;
        return true;
    }

    /// <summary>At a number <see cref="MarkListedChanges"/> marked: the listed change, with the direction of the list's first.</summary>
    internal static bool TryMatchListed(SentenceScan s, int i, out int next)
    {
        next = i;
        int at = s.ListedChanges.FindIndex(l => l.Token == i);
        if (at < 0 || !NumberParser.TryRead(s, i, NumberReading.Plain, out var amount))
        {
            return false;
        }

        var (span, text) = s.ClaimText(i, amount.Next - 1);
        s.Claims.Add(new RelativeChangeClaim(span, text, s.Sentence, RelativeChangeForm.Percent, s.ListedChanges[at].Direction, s.MakeNumber(amount), null, null, null, null));
        next = amount.Next;
        return true;
    }

    /// <summary>
    /// The changes listed after a first one with the change word left out: "reduced by about 10 percent for prostate
    /// cancer, 30 percent for lung cancer and 40 percent for bowel cancer", "by 45% versus placebo (HR 0.55), 18% versus
    /// FF (HR 0.82)". Each item repeats the word that follows the first amount ("for", "versus"), so a share after a comma
    /// ("30 percent of patients") is not taken. The items are marked for the scanner, which reads them when it gets there.
    /// </summary>
    private static void MarkListedChanges(SentenceScan s, int from, ChangeDirection direction)
    {
        if (!ListWords.Contains(s, from))
        {
            return;
        }

        var word = s.TextOf(from).ToString();
        for (int k = from + 1, depth = 0, seen = 0; s.InRange(k) && seen < MaxListGap; k++, seen++)
        {
            if (s.IsOpening(k))
            {
                depth++;
                continue;
            }

            if (s.IsSymbol(k, ')') || s.IsSymbol(k, ']'))
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (depth > 0 || !(s.IsSymbol(k, ',') || s.IsKeyword(k, Keyword.And)))
            {
                if (depth == 0 && (s.IsSymbol(k, ';') || s.IsSymbol(k, '.')))
                {
                    break;
                }

                continue;
            }

            int j = s.IsKeyword(k + 1, Keyword.And) ? k + 2 : k + 1;
            if (!NumberParser.TryRead(s, j, NumberReading.Plain, out var amount) || !amount.Percent || amount.Sign != '\0' || !s.IsWord(amount.Next, word))
            {
                break;
            }

            s.ListedChanges.Add((j, direction));
            k = amount.Next;
            seen = 0;
        }
    }

    private static bool FromTo(SentenceScan s, int i, in NumberRef a, in NumberRef b, out int next)
    {
        var direction = a.Value < b.Value ? ChangeDirection.Increase : a.Value > b.Value ? ChangeDirection.Decrease : ChangeDirection.Unstated;
        int start = i - 1;
        if (VerbBefore(s, i - 1, out var verbDirection, out int verb))
        {
            start = verb;
            direction = verbDirection;
        }

        var (span, text) = s.ClaimText(start, b.Next - 1);
        s.Claims.Add(new RelativeChangeClaim(span, text, s.Sentence, RelativeChangeForm.FromTo, direction, null, s.MakeNumber(a), s.MakeNumber(b), null));
        next = b.Next;
        return true;
    }

    private static bool IsThreshold(SentenceScan s, int first)
    {
        int k = s.IsKeyword(first - 1, Keyword.Article) ? first - 2 : first - 1;
        if (s.IsKeyword(k, Keyword.Than) && s.IsWord(k - 1, "more") && s.IsKeyword(k - 2, Keyword.By))
        {
            // "cut their chances by more than 80%": a change with a bounded amount, not a criterion ("at least 50%" stays one).
            return false;
        }

        return s.IsWord(k, "least") || s.IsKeyword(k, Keyword.Than) || s.IsSymbol(k, '>') || s.IsSymbol(k, '<') || s.IsSymbol(k, '≥') || s.IsSymbol(k, '≤');
    }

    /// <summary>A change word within a few words before <paramref name="i"/> (exclusive), not across a number or punctuation.</summary>
    private static bool VerbBefore(SentenceScan s, int i, out ChangeDirection direction, out int verb)
    {
        for (int k = i - 1; k >= 0 && k >= i - MaxVerbDistance; k--)
        {
            if (!s.IsLatinWord(k))
            {
                break;
            }

            direction = DirectionOf(s, k);
            if (direction != ChangeDirection.Unstated)
            {
                verb = k;
                return true;
            }
        }

        direction = ChangeDirection.Unstated;
        verb = -1;
        return false;
    }

    private static ChangeDirection DirectionOf(SentenceScan s, int k)
        => Up.Contains(s, k) ? ChangeDirection.Increase : Down.Contains(s, k) ? ChangeDirection.Decrease : ChangeDirection.Unstated;

    /// <summary>What the change is relative to: the words after "than", "compared with/to", "versus", "relative to" a few words on.</summary>
    private static string? BaseAfter(SentenceScan s, int from)
    {
        for (int k = from; k < from + MaxBaseDistance && s.InRange(k); k++)
        {
            if (s.IsNumber(k) || s.IsSymbol(k, ';') || s.IsSymbol(k, '('))
            {
                return null;
            }

            int label;
            if (Than.Contains(s, k))
            {
                label = s.IsSymbol(k + 1, '.') ? k + 2 : k + 1;
            }
            else if (IsTwoWordBase(s, k))
            {
                label = k + 2;
            }
            else
            {
                continue;
            }

            // "than the placebo group", "than in controls"; "than those on placebo" keeps "those".
            if ((s.IsKeyword(label, Keyword.Article) || s.IsKeyword(label, Keyword.In)) && s.IsLatinWord(label + 1) && !s.IsStopWord(label + 1))
            {
                label++;
            }

            int end = label;
            while (end < label + MaxBaseWords && s.IsLatinWord(end) && !BaseStops.Contains(s, end))
            {
                end++;
            }

            return end > label ? s.StringOf(label, end - 1) : null;
        }

        return null;
    }

    private static bool IsTwoWordBase(SentenceScan s, int k)
    {
        foreach (var (first, second) in TwoWordBases)
        {
            if (s.IsWord(k, first) && s.IsWord(k + 1, second))
            {
                return true;
            }
        }

        return false;
    }

    private static ReportedNumber Word(SentenceScan s, int first, int last, double value)
    {
        var span = s.SpanOf(first, last);
        return new ReportedNumber(s.StringOf(first, last), span, value, 0, 0, '\0', isPercent: false, isReconstructed: false, isInWords: true);
    }
}
