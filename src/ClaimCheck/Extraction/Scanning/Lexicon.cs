using System.Collections.Frozen;

namespace ClaimCheck.Extraction.Scanning;

/// <summary>
/// The word lists of the extractor. Abbreviations whose case matters ("OR" is not "or", "t" is not
/// "T") are matched exactly; every other word ignoring case. A cheap filter on length and first
/// and last letter turns most words away before any dictionary lookup.
/// </summary>
internal static class Lexicon
{
    private static readonly FrozenDictionary<string, Keyword> Exact = new Dictionary<string, Keyword>(StringComparer.Ordinal)
    {
        ["p"] = Keyword.P, ["P"] = Keyword.P,
        ["n"] = Keyword.N, ["N"] = Keyword.N,
        ["ns"] = Keyword.Ns, ["NS"] = Keyword.Ns,
        ["t"] = Keyword.StatT, ["F"] = Keyword.StatF, ["r"] = Keyword.StatR, ["z"] = Keyword.StatZ, ["Z"] = Keyword.StatZ, ["Q"] = Keyword.StatQ, ["Qw"] = Keyword.StatQ, ["Qb"] = Keyword.StatQ, ["Qwithin"] = Keyword.StatQ, ["Qbetween"] = Keyword.StatQ, ["Q-within"] = Keyword.StatQ, ["Q-between"] = Keyword.StatQ,
        ["χ2"] = Keyword.StatChi, ["χ²"] = Keyword.StatChi, ["X2"] = Keyword.StatChi, ["x2"] = Keyword.StatChi, ["chi2"] = Keyword.StatChi, ["Chi2"] = Keyword.StatChi, ["χ"] = Keyword.StatChi,
        ["df"] = Keyword.Df, ["d.f"] = Keyword.Df, ["DF"] = Keyword.Df,
        ["OR"] = Keyword.OddsRatioAbbreviation, ["ORs"] = Keyword.OddsRatioAbbreviation,
        ["aOR"] = Keyword.AdjustedOddsRatioAbbreviation, ["AOR"] = Keyword.AdjustedOddsRatioAbbreviation, ["aORs"] = Keyword.AdjustedOddsRatioAbbreviation,
        ["AdjOR"] = Keyword.AdjustedOddsRatioAbbreviation, ["adjOR"] = Keyword.AdjustedOddsRatioAbbreviation, ["adjHR"] = Keyword.AdjustedHazardRatioAbbreviation,
        ["AdjHR"] = Keyword.AdjustedHazardRatioAbbreviation, ["adjRR"] = Keyword.AdjustedRiskRatioAbbreviation,
        ["RR"] = Keyword.RiskRatioAbbreviation, ["aRR"] = Keyword.AdjustedRiskRatioAbbreviation, ["ARR"] = Keyword.AdjustedRiskRatioAbbreviation,
        ["HR"] = Keyword.HazardRatioAbbreviation, ["HRs"] = Keyword.HazardRatioAbbreviation,
        ["aHR"] = Keyword.AdjustedHazardRatioAbbreviation, ["AHR"] = Keyword.AdjustedHazardRatioAbbreviation,
        ["IRR"] = Keyword.RateRatioAbbreviation, ["RD"] = Keyword.RiskDifferenceAbbreviation,
        ["MD"] = Keyword.MeanDifferenceAbbreviation, ["WMD"] = Keyword.MeanDifferenceAbbreviation,
        ["SMD"] = Keyword.StandardizedDifferenceAbbreviation,
        ["CI"] = Keyword.Ci, ["CIs"] = Keyword.Ci, ["CrI"] = Keyword.Ci, ["CL"] = Keyword.Ci, ["ci"] = Keyword.Ci,
        ["IQR"] = Keyword.Iqr, ["IQRs"] = Keyword.Iqr,
        ["SD"] = Keyword.Sd, ["SDs"] = Keyword.Sd, ["s.d"] = Keyword.Sd,
        ["SE"] = Keyword.Se, ["SEM"] = Keyword.Se, ["s.e"] = Keyword.Se, ["s.e.m"] = Keyword.Se,
        ["vs"] = Keyword.Vs, ["Vs"] = Keyword.Vs, ["VS"] = Keyword.Vs,
        ["h"] = Keyword.TimeUnit,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Keyword> Words = BuildWords();

    private static readonly FrozenDictionary<string, Keyword>.AlternateLookup<ReadOnlySpan<char>> ExactLookup = Exact.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, Keyword>.AlternateLookup<ReadOnlySpan<char>> WordsLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // Bit (length, first letter, last letter) of every key: a word whose bit is clear is no keyword.
    private static readonly ulong[] Filter = BuildFilter(_ => true);

    // The same for the keys that can start a claim or a wording.
    private static readonly ulong[] TriggerFilter = BuildFilter(IsTrigger);

    /// <summary>Cardinal number words; ordinals ("first") are not counts.</summary>
    private static readonly FrozenSet<string> NumberWords = FrozenSet.ToFrozenSet(NumberWordsList(), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWordLookup = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Units printed after a value: "27.00 m", "322 ± 104 m", "5 mmHg".</summary>
    // In code rather than Lexicons/: the case is the logic ("mL" and "L" are units, "IU" and "U" too, the words they look like are not).
    private static readonly FrozenSet<string> Units = FrozenSet.ToFrozenSet(
        ["m", "cm", "mm", "km", "kg", "g", "mg", "µg", "μg", "mcg", "ng", "pg", "ml", "mL", "l", "L", "dl", "dL", "mmol", "µmol", "μmol", "nmol",
         "pmol", "mol", "mEq", "mmHg", "Hg", "IU", "U", "units", "bpm", "kcal", "cal", "kJ", "points", "point", "days", "day", "d", "weeks", "week",
         "wk", "months", "month", "mo", "years", "year", "yr", "yrs", "y", "hours", "hour", "h", "hr", "hrs", "minutes", "minute", "min", "mins",
         "seconds", "second", "s", "sec", "ms", "beats", "breaths", "steps", "cells", "copies", "log", "kPa", "Pa", "°C", "cmH2O", "mOsm", "µm",
         "μm", "nm", "µL", "μL", "mU", "µU", "μU", "pp", "percentage"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Units of a dose in powers of ten.</summary>
    private static readonly FrozenSet<string> DoseUnits = FrozenSet.ToFrozenSet(
        ["cells", "cell", "CFU", "cfu", "copies", "IU", "vp", "VP", "PFU", "pfu", "TCID50", "spores", "organisms", "bacteria", "particles",
         "viral", "genome", "CD34", "MSCs", "MSC", "UC-MSCs", "units", "U"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DoseUnitLookup = DoseUnits.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Classifies a Latin word.</summary>
    internal static Keyword Classify(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > 24 || !MayBeKey(word))
        {
            return word.Contains('-') || IsFold(word) ? ClassifyCompound(word) : Keyword.None;
        }

        if (ExactLookup.TryGetValue(word, out var exact))
        {
            return exact;
        }

        if (WordsLookup.TryGetValue(word, out var keyword))
        {
            return keyword;
        }

        return word.Contains('-') || IsFold(word) ? ClassifyCompound(word) : Keyword.None;
    }

    /// <summary>True for a cardinal number word ("seventeen", "hundred").</summary>
    internal static bool IsNumberWord(ReadOnlySpan<char> word) => NumberWordLookup.Contains(word);

    /// <summary>True for a unit printed after a value.</summary>
    internal static bool IsUnit(ReadOnlySpan<char> word) => UnitLookup.Contains(word);

    /// <summary>True for a unit of a dose in powers of ten ("cells", "CFU").</summary>
    internal static bool IsDoseUnit(ReadOnlySpan<char> word) => DoseUnitLookup.Contains(word);

    private static Keyword ClassifyCompound(ReadOnlySpan<char> word)
    {
        if (IsFold(word))
        {
            return Keyword.Multiple;
        }

        // "Twenty-eight": every part a number word; "two-thirds", "one-half": number words, then a denominator.
        int lastHyphen = word.LastIndexOf('-');
        bool fraction = lastHyphen > 0 && FractionDenominator(word[(lastHyphen + 1)..]) > 0;
        foreach (var range in word[..(fraction ? lastHyphen : word.Length)].Split('-'))
        {
            if (!IsNumberWord(word[range]))
            {
                return Keyword.None;
            }
        }

        return fraction ? Keyword.Fraction : Keyword.NumberWord;
    }

    /// <summary>The denominator a fraction word names ("thirds" → 3, "half" → 2); 0 for any other word.</summary>
    internal static int FractionDenominator(ReadOnlySpan<char> word)
    {
        foreach (string line in ClaimCheck.Lexicons.Lexicon.FractionWords)
        {
            int space = line.IndexOf(' ');
            if (word.Equals(line.AsSpan(0, space), StringComparison.OrdinalIgnoreCase))
            {
                return int.Parse(line.AsSpan(space + 1), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    /// <summary>"2-fold", "1.5-fold", "three-fold", "twofold": a multiple, its factor before "fold".</summary>
    internal static bool IsFold(ReadOnlySpan<char> word)
    {
        if (word.Length < 6 || !word.EndsWith("fold", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var factor = word[..^4].TrimEnd('-');
        return factor.Length > 0 && (char.IsAsciiDigit(factor[0]) || IsNumberWord(factor));
    }

    private static bool MayBeKey(ReadOnlySpan<char> word)
    {
        int bit = FilterBit(word);
        return (Filter[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int FilterBit(ReadOnlySpan<char> word)
    {
        int first = char.ToLowerInvariant(word[0]) & 31;
        int last = char.ToLowerInvariant(word[^1]) & 31;
        return ((Math.Min(word.Length, 31) << 10) | (first << 5) | last) & 0x7FFF;
    }

    private static ulong[] BuildFilter(Func<Keyword, bool> include)
    {
        var filter = new ulong[512];
        foreach (var (key, keyword) in Exact.Concat(Words))
        {
            if (include(keyword))
            {
                int bit = FilterBit(key);
                filter[bit >> 6] |= 1UL << (bit & 63);
            }
        }

        return filter;
    }

    /// <summary>
    /// False when <paramref name="word"/> is certainly not a keyword that starts a claim or a wording;
    /// true when it may be (then <see cref="Classify"/> says which).
    /// </summary>
    internal static bool MayTrigger(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        int bit = FilterBit(word);
        if ((TriggerFilter[bit >> 6] & (1UL << (bit & 63))) != 0)
        {
            return true;
        }

        if (IsFold(word))
        {
            return true;
        }

        // "Twenty-eight": a compound of number words.
        int hyphen = word.IndexOf('-');
        return hyphen > 0 && IsNumberWord(word[..hyphen]);
    }

    private static bool IsTrigger(Keyword k) => k is Keyword.P or Keyword.PValue or Keyword.PQualified or Keyword.N
        or Keyword.StatT or Keyword.StatF or Keyword.StatR or Keyword.StatZ or Keyword.StatQ or Keyword.StatChi
        or Keyword.OddsRatioAbbreviation or Keyword.AdjustedOddsRatioAbbreviation or Keyword.RiskRatioAbbreviation
        or Keyword.AdjustedRiskRatioAbbreviation or Keyword.HazardRatioAbbreviation or Keyword.AdjustedHazardRatioAbbreviation
        or Keyword.RateRatioAbbreviation or Keyword.RiskDifferenceAbbreviation or Keyword.MeanDifferenceAbbreviation
        or Keyword.StandardizedDifferenceAbbreviation or Keyword.Odds or Keyword.Hazard or Keyword.Risk or Keyword.Relative
        or Keyword.Rate or Keyword.Incidence or Keyword.Adjusted or Keyword.Difference or Keyword.Mean or Keyword.Median
        or Keyword.Standardized or Keyword.NumberWord or Keyword.Multiple or Keyword.Fraction or Keyword.Significant or Keyword.NonSignificant or Keyword.Similar
        or Keyword.Comparable or Keyword.Differ or Keyword.Trend or Keyword.Marginal or Keyword.Approach or Keyword.Benefit
        or Keyword.Improve or Keyword.Effective or Keyword.Superior;

    private static FrozenDictionary<string, Keyword> BuildWords()
    {
        var d = new Dictionary<string, Keyword>(StringComparer.OrdinalIgnoreCase);
        void Add(Keyword k, params string[] words)
        {
            foreach (var w in words)
            {
                d[w] = k;
            }
        }

        Add(Keyword.PValue, "p-value", "p-values", "pvalue", "pvalues", "p-val");
        Add(Keyword.PQualified, "ptrend", "p-trend", "pinteraction", "p-interaction", "pint", "p-heterogeneity", "pheterogeneity", "p-for-trend", "p-difference", "pdiff");
        Add(Keyword.StatChi, "chi-square", "chi-squared", "chi-sq", "chisquare", "chi");
        Add(Keyword.Odds, "odds");
        Add(Keyword.Hazard, "hazard", "hazards");
        Add(Keyword.Risk, "risk", "risks");
        Add(Keyword.Relative, "relative");
        Add(Keyword.Rate, "rate");
        Add(Keyword.Incidence, "incidence");
        Add(Keyword.Ratio, "ratio", "ratios");
        Add(Keyword.Adjusted, "adjusted");
        Add(Keyword.Difference, "difference", "differences");
        Add(Keyword.Mean, "mean", "means", "average");
        Add(Keyword.Median, "median", "medians");
        Add(Keyword.Standardized, "standardized", "standardised");
        Add(Keyword.Confidence, "confidence");
        Add(Keyword.Credible, "credible", "credibility", "uncertainty");
        Add(Keyword.Interval, "interval", "intervals", "limits", "limit");
        Add(Keyword.Interquartile, "interquartile", "inter-quartile");
        Add(Keyword.Range, "range", "ranges", "ranging");
        Add(Keyword.Standard, "standard");
        Add(Keyword.Deviation, "deviation", "deviations");
        Add(Keyword.Error, "error", "errors");
        Add(Keyword.Vs, "versus");
        Add(Keyword.Compared, "compared", "comparison", "contrast");
        Add(Keyword.Percent, "percent", "per-cent", "pct");
        Add(Keyword.Per, "per");
        Add(Keyword.Of, "of");
        Add(Keyword.In, "in", "among", "amongst");
        Add(Keyword.Article, "the", "a", "an", "both", "each", "all", "their", "those", "these");
        Add(Keyword.And, "and");
        Add(Keyword.Or, "or");
        Add(Keyword.To, "to");
        Add(Keyword.With, "with");
        Add(Keyword.Copula, "was", "were", "is", "are", "be", "been", "being", "remained", "remains", "appeared", "seemed");
        Add(Keyword.By, "by");
        Add(Keyword.From, "from");
        Add(Keyword.Respectively, "respectively");
        Add(Keyword.Assigned, "receiving", "assigned", "allocated", "randomized", "randomised", "randomly", "treated", "given", "enrolled", "included");
        Add(Keyword.Total, "total", "overall");
        Add(Keyword.Considered, "considered", "regarded", "accepted", "defined", "set", "deemed", "chosen", "denotes", "denoted");
        Add(Keyword.Statistically, "statistically", "statistical");
        Add(Keyword.Than, "than");
        Add(Keyword.ThresholdWord, "lower", "higher", "less", "more", "greater", "above", "below", "over", "under", "least", "most", "exceeding", "exceeded", "exceeds", "exceed", "up", "fewer", "smaller", "larger", "bigger");
        Add(Keyword.Change, "reduction", "reductions", "decrease", "decreases", "increase", "increases", "improvement", "decline", "rise", "drop", "change",
            "changes", "reduced", "decreased", "increased", "fold", "absolute", "gain", "loss", "excess", "shorter", "longer", "lowered", "raised",
            "elevated", "inhibited", "inhibition", "reducing", "increasing", "decreasing", "lowering");
        Add(Keyword.Group, "group", "groups", "arm", "arms", "cohort", "cohorts");
        Add(Keyword.TimeUnit, "decade", "decades", "century", "centuries", "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "hr", "hrs", "min", "minute", "minutes",
            "visit", "visits", "cycle", "cycles", "session", "sessions", "dose", "doses", "time", "times", "wk", "wks", "yr", "yrs", "mo", "sec", "seconds", "night", "nights");
        Add(Keyword.Ordinal, "grade", "grades", "stage", "stages", "phase", "phases", "type", "types", "class", "classes", "level", "levels", "version",
            "step", "steps", "item", "items", "page", "pages", "chapter", "lead", "leads", "score", "scores", "scale", "nyha", "gold", "asa", "tanner", "fitzpatrick", "child-pugh",
            "genotype", "genotypes", "serotype", "subtype", "subtypes");
        Add(Keyword.Subject, "patients", "patient", "participants", "participant", "subjects", "subject", "volunteers", "volunteer", "individuals",
            "individual", "people", "persons", "person", "women", "men", "woman", "man", "children", "child", "adults", "adult", "infants", "infant",
            "neonates", "newborns", "adolescents", "students", "cases", "controls", "smokers", "mothers", "residents", "workers", "employees", "nurses",
            "physicians", "doctors", "veterans", "athletes", "girls", "boys", "babies", "couples", "families", "households", "eyes", "recipients",
            "survivors", "respondents", "completers", "inpatients", "outpatients", "clients", "users", "donors", "responders", "non-responders",
            "nonresponders", "pupils", "schoolchildren", "males", "females", "pregnancies", "births", "deliveries", "dyads", "pairs", "twins",
            "rats", "mice", "dogs", "female", "male", "sheep", "pigs", "piglets", "rabbits", "horses", "cows", "calves", "primates", "monkeys", "elderly", "teeth",
            "knees", "hips", "wounds", "ulcers", "lesions", "caregivers", "carers", "parents", "practices", "hospitals", "clinics", "wards",
            "villages", "schools", "clusters", "communities", "centres", "centers", "sites", "teenagers", "youths", "youth", "smokers",
            "drinkers", "runners", "cyclists", "soldiers", "members", "consumers", "nursing", "mother-infant", "singletons", "fetuses", "embryos",
            "oocytes", "cycles-started", "men-who", "preterm", "term", "newborn", "neonate");
        Add(Keyword.Significant, "significant", "significantly", "significance", "statistically-significant");
        Add(Keyword.NonSignificant, "nonsignificant", "non-significant", "insignificant", "nonsignificantly", "non-significantly", "insignificantly", "non-statistically");
        Add(Keyword.Similar, "similar", "similarly");
        Add(Keyword.Comparable, "comparable", "equivalent", "identical");
        Add(Keyword.Differ, "differ", "differed", "differs", "differing", "different", "differently");
        Add(Keyword.Trend, "trend", "trends", "tendency", "tended");
        Add(Keyword.Marginal, "marginal", "marginally", "borderline", "nearly", "almost");
        Add(Keyword.Approach, "approached", "approaching", "approaches");
        Add(Keyword.Benefit, "benefit", "benefits", "beneficial", "benefited", "benefitted");
        Add(Keyword.Improve, "improve", "improves", "improved", "improvement", "improvements", "improving");
        Add(Keyword.Effective, "effective", "efficacious");
        Add(Keyword.Superior, "superior", "superiority");
        Add(Keyword.Negation, "no", "not", "non", "nor", "neither", "never", "failed", "fail", "fails", "lack", "lacked", "absence", "none", "cannot", "without", "didn't", "did't", "wasn't", "weren't");
        Add(Keyword.Hedge, "may", "might", "could", "possibly", "potential", "potentially", "possible", "perhaps", "probably", "promising");
        Add(Keyword.Purpose, "aim", "aims", "aimed", "objective", "objectives", "purpose", "evaluate", "assess", "investigate", "determine", "examine",
            "explore", "whether", "hypothesis", "hypothesized", "hypothesised", "hypothesize", "compare", "detect", "power", "powered");
        // "twice", "doubled", "halved": one-word multiples of a relative change, from Lexicons/change-multiples.txt.
        foreach (var line in ClaimCheck.Lexicons.Lexicon.ChangeMultiples)
        {
            d[line[..line.IndexOf(' ')]] = Keyword.Multiple;
        }

        foreach (var w in NumberWordsList())
        {
            d[w] = Keyword.NumberWord;
        }

        // "two thirds", "a quarter of": denominators in words. "half" and "halves" stay multiples (the scanner tries both).
        foreach (var line in ClaimCheck.Lexicons.Lexicon.FractionWords)
        {
            d.TryAdd(line[..line.IndexOf(' ')], Keyword.Fraction);
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static string[] NumberWordsList()
        => ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand"];
}
