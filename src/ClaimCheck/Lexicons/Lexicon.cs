using System.Buffers;
using System.Collections.Frozen;
using System.Reflection;
using ClaimCheck.Documents;

namespace ClaimCheck.Lexicons;

/// <summary>
/// The vocabulary of every stage, kept as data files (embedded resources under Lexicons/), one list per idea, each loaded
/// once on first use. Lists whose case or order is itself the logic (abbreviations such as "OR" against "or", the
/// extractor's keyword grammar) stay in code beside the code that needs them, saying so.
/// </summary>
internal static class Lexicon
{
    private static readonly Lazy<FrozenSet<string>> SectionHeadingSet = new(() => Load("section-headings.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<SearchValues<string>> ChromePhraseSearch = new(() => SearchValues.Create(Load("chrome-phrases.txt"), StringComparison.OrdinalIgnoreCase));
    private static readonly Lazy<FrozenSet<string>> EndMarkerSet = new(() => Load("end-markers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<string[]> QuoteHeaderForms = new(() => Load("quote-headers.txt"));
    private static readonly Lazy<string[]> ProfileLinkPartList = new(() => Load("profile-link-parts.txt"));
    private static readonly Lazy<string[]> AuthorClassPartList = new(() => Load("author-class-parts.txt"));
    private static readonly Lazy<string[]> PostIdAttributesList = new(() => Load("post-id-attributes.txt"));

    /// <summary>Attributes that carry a post's id ("data-post-id", "data-pid").</summary>
    internal static IReadOnlyList<string> PostIdAttributes => PostIdAttributesList.Value;

    private static readonly Lazy<string[]> QuoteHeaderClassPartsList = new(() => Load("quote-header-class-parts.txt"));

    /// <summary>Parts of class names that mark the header line of a quote ("title", "cite", "postedby").</summary>
    internal static IReadOnlyList<string> QuoteHeaderClassParts => QuoteHeaderClassPartsList.Value;

    private static readonly Lazy<string[]> NotQuoteClassPartsList = new(() => Load("not-quote-class-parts.txt"));

    /// <summary>Parts of class names that mark a quote button or counter, not a quote ("btn", "reply", "multi").</summary>
    internal static IReadOnlyList<string> NotQuoteClassParts => NotQuoteClassPartsList.Value;

    private static readonly Lazy<string[]> QuoteAuthorAttributesList = new(() => Load("quote-author-attributes.txt"));

    /// <summary>Attributes of a quote element that name the quoted member ("data-author", "data-username").</summary>
    internal static IReadOnlyList<string> QuoteAuthorAttributes => QuoteAuthorAttributesList.Value;

    private static readonly Lazy<string[]> DateClassPartList = new(() => Load("date-class-parts.txt"));
    private static readonly Lazy<string[]> PostChromeClassPartList = new(() => Load("post-chrome-class-parts.txt"));
    private static readonly Lazy<FrozenSet<string>> DiscussionTypeSet = new(() => Load("discussion-types.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<string[]> DateWordList = new(() => Load("date-words.txt"));
    private static readonly Lazy<string[]> UserPanelLabelList = new(() => Load("user-panel-labels.txt"));
    private static readonly Lazy<FrozenSet<string>> PostTypeSet = new(() => Load("post-types.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<string[]> DiscussionWordList = new(() => Load("forum-generators.txt"));

    /// <summary>Quote headers of forum software ("{name} wrote:", "Originally Posted by {name}", "Quote:"); {name} stands for the quoted member.</summary>
    internal static IReadOnlyList<string> QuoteHeaders => QuoteHeaderForms.Value;

    /// <summary>Parts of a link's address that mark a member's profile ("/members/", "mod=viewprofile").</summary>
    internal static IReadOnlyList<string> ProfileLinkParts => ProfileLinkPartList.Value;

    /// <summary>Parts of class names that mark the element naming a post's author ("username", "poster").</summary>
    internal static IReadOnlyList<string> AuthorClassParts => AuthorClassPartList.Value;

    /// <summary>Parts of class names that mark the element giving a post's date ("date", "posted").</summary>
    internal static IReadOnlyList<string> DateClassParts => DateClassPartList.Value;

    /// <summary>Parts of class names that mark chrome inside a post (signatures, user panels, reactions, share bars).</summary>
    internal static IReadOnlyList<string> PostChromeClassParts => PostChromeClassPartList.Value;

    /// <summary>Words of a relative or labelled date beside a number ("ago", "前").</summary>
    internal static IReadOnlyList<string> DateWords => DateWordList.Value;

    /// <summary>Labels of the member panel beside a post ("Joined", "Posts", "Location").</summary>
    internal static IReadOnlyList<string> UserPanelLabels => UserPanelLabelList.Value;

    /// <summary>schema.org types of which each element is one post ("Comment", "Answer").</summary>
    internal static FrozenSet<string> PostTypes => PostTypeSet.Value;

    /// <summary>schema.org types of a discussion and its posts ("DiscussionForumPosting", "Answer").</summary>
    internal static FrozenSet<string> DiscussionTypes => DiscussionTypeSet.Value;

    /// <summary>Words of a generator tag or address that say a page is a discussion ("phpbb", "/thread/").</summary>
    internal static IReadOnlyList<string> DiscussionWords => DiscussionWordList.Value;

    /// <summary>Section headings of structured abstracts ("results", "materials and methods").</summary>
    internal static FrozenSet<string> SectionHeadings => SectionHeadingSet.Value;

    /// <summary>Substrings that mark a line as chrome (consent banners, copyright), as one case-insensitive multi-string search: one pass over a line for all of them.</summary>
    internal static SearchValues<string> ChromePhraseSearchValues => ChromePhraseSearch.Value;

    /// <summary>Short lines that start the chrome below an article ("similar articles", "comments").</summary>
    internal static FrozenSet<string> EndMarkers => EndMarkerSet.Value;

    private static readonly Lazy<FrozenSet<string>> SectionPrefixSet = new(() => Load("section-prefixes.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<FrozenDictionary<string, string>> HeadingRoleMap = new(LoadHeadingRoles);
    private static readonly Lazy<FrozenSet<string>> QuantityWordSet = new(() => Load("quantity-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<(string Entry, CueKind Kind)[]> CueEntryList = new(LoadCueEntries);

    // One list per cue idea. The file names are the ideas; CueReader matches every entry at word starts, ignoring case.
    private static readonly (string File, CueKind Kind)[] CueFiles =
    [
        ("hedges.txt", CueKind.Hedged), ("negations.txt", CueKind.Negated), ("exceptions.txt", CueKind.Exception),
        ("equivalence.txt", CueKind.Equivalence), ("every-arm.txt", CueKind.EveryArm), ("subgroup.txt", CueKind.Subgroup),
        ("attrition.txt", CueKind.Attrition), ("adjustment.txt", CueKind.Adjusted), ("baseline.txt", CueKind.Baseline),
        ("change-from-baseline.txt", CueKind.ChangeFromBaseline), ("criteria.txt", CueKind.Criterion), ("model-tests.txt", CueKind.ModelTest),
        ("prior-work.txt", CueKind.PriorWork), ("recommendation.txt", CueKind.Recommendation), ("aims.txt", CueKind.Aim),
        ("association.txt", CueKind.Association), ("non-significance.txt", CueKind.NonSignificance), ("benefit-words.txt", CueKind.Benefit),
        ("change-verbs.txt", CueKind.Change), ("not-statistical.txt", CueKind.NotStatistical), ("loose-patterns.txt", CueKind.LoosePattern), ("comparators.txt", CueKind.Comparison),
        ("group-nouns.txt", CueKind.Groups), ("significance-terms.txt", CueKind.SignificanceTerm), ("events.txt", CueKind.Events),
        ("boilerplate.txt", CueKind.Boilerplate), ("forward-looking.txt", CueKind.Boilerplate), ("disjunction.txt", CueKind.Disjunction), ("per-group.txt", CueKind.PerGroup),
        ("log-scale.txt", CueKind.LogScale),
    ];

    private static readonly Lazy<string[]> ClauseContrastList = new(() => Load("clause-contrasts.txt"));
    private static readonly Lazy<string[]> ClauseOpenerList = new(() => Load("clause-openers.txt"));

    private static readonly Lazy<FrozenSet<string>> ClauseVerbSet = new(() => Load("clause-verbs.txt").Concat(Load("claim-causal-verbs.txt").Select(e => e.Split(' ')[0]))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Finite verbs (clause-verbs.txt and the first word of each causal verb of claim-causal-verbs.txt) that make the words after ", and" a clause.</summary>
    internal static FrozenSet<string> ClauseVerbs => ClauseVerbSet.Value;

    /// <summary>Words at which a sentence is cut into clauses ("but", "whereas", "in contrast" …).</summary>
    internal static string[] ClauseContrasts => ClauseContrastList.Value;

    /// <summary>Words that, opening a sentence, end its first clause at the first comma ("Although …,").</summary>
    internal static string[] ClauseOpeners => ClauseOpenerList.Value;

    /// <summary>Prefixes of dotted headings ("abstract", "body" in "ABSTRACT.RESULTS.").</summary>
    internal static FrozenSet<string> SectionPrefixes => SectionPrefixSet.Value;

    /// <summary>Each heading (lower case) with the role name it gives ("results", "conclusions", "boilerplate" …), from heading-roles.txt.</summary>
    internal static FrozenDictionary<string, string> HeadingRoles => HeadingRoleMap.Value;

    /// <summary>Words that make a following change verb a quantity ("the mean reduction").</summary>
    internal static FrozenSet<string> QuantityWords => QuantityWordSet.Value;

    /// <summary>Every cue entry (lower case; a trailing '*' matches any ending) with its kind.</summary>
    internal static (string Entry, CueKind Kind)[] CueEntries => CueEntryList.Value;

    /// <summary>The entries of table-legend.txt: openings of a table or figure legend.</summary>
    internal static string[] TableLegendOpenings => TableLegendList.Value;

    /// <summary>The entries of forward-looking.txt: phrases that make a whole paragraph boilerplate.</summary>
    internal static string[] ForwardLooking => ForwardLookingList.Value;

    private static readonly Lazy<string[]> ForwardLookingList = new(() => Load("forward-looking.txt"));

    private static readonly Lazy<string[]> NumberBoundList = new(() => Load("number-bounds.txt"));

    /// <summary>The entries of number-bounds.txt: words and signs before a number that make it a bound or an approximation ("more than", "about", "~").</summary>
    internal static string[] NumberBounds => NumberBoundList.Value;

    private static readonly Lazy<SearchValues<string>> ReceiptSearch = new(() => SearchValues.Create(Load("receipt.txt"), StringComparison.OrdinalIgnoreCase));

    /// <summary>Stems that say a group received a treatment ("received"), from receipt.txt, as one case-insensitive search.</summary>
    internal static SearchValues<string> ReceiptStems => ReceiptSearch.Value;

    /// <summary>The entries of forward-looking.txt as one case-insensitive multi-string search.</summary>
    internal static SearchValues<string> ForwardLookingSearch => ForwardLookingSearchValues.Value;

    private static readonly Lazy<SearchValues<string>> ForwardLookingSearchValues = new(() => SearchValues.Create(ForwardLookingList.Value, StringComparison.OrdinalIgnoreCase));

    private static readonly Lazy<SearchValues<string>> AllocationSearch = new(() => SearchValues.Create(Load("allocation.txt"), StringComparison.OrdinalIgnoreCase));

    private static readonly Lazy<SearchValues<string>> WholeNumberDataSearch = new(() => SearchValues.Create(Load("whole-number-data.txt"), StringComparison.OrdinalIgnoreCase));

    /// <summary>The stems of allocation.txt ("random", "allocat", "assign"), as one case-insensitive search anywhere in a sentence.</summary>
    internal static SearchValues<string> AllocationStems => AllocationSearch.Value;

    private static readonly Lazy<SearchValues<string>> PairedComparisonSearch = new(() => SearchValues.Create(Load("paired-comparison.txt"), StringComparison.OrdinalIgnoreCase));
    private static readonly Lazy<SearchValues<string>> PairedDesignSearch = new(() => SearchValues.Create(Load("paired-design.txt"), StringComparison.OrdinalIgnoreCase));

    /// <summary>Phrases of a paired comparison in one sentence ("McNemar", "the same patients", "before and after"), matched anywhere.</summary>
    internal static SearchValues<string> PairedComparison => PairedComparisonSearch.Value;

    /// <summary>Phrases that declare a paired design for a whole trial ("crossover trial", "served as their own control"), matched anywhere.</summary>
    internal static SearchValues<string> PairedDesign => PairedDesignSearch.Value;

    /// <summary>The phrases of whole-number-data.txt ("number of", "episodes" …), as one case-insensitive search anywhere in a sentence.</summary>
    internal static SearchValues<string> WholeNumberData => WholeNumberDataSearch.Value;

    private static readonly Lazy<string[]> TableLegendList = new(() => Load("table-legend.txt"));

    private static readonly Lazy<FrozenSet<string>> MemberCounterSet = new(() => Load("member-counters.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<FrozenSet<string>> PostNumberPrefixSet = new(() => Load("post-number-prefixes.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<string[]> ByWordList = new(() => Load("by-words.txt"));
    private static readonly Lazy<string[]> EditWordList = new(() => Load("edit-words.txt"));
    private static readonly Lazy<string[]> NotNameClassPartList = new(() => Load("not-name-class-parts.txt"));
    private static readonly Lazy<string[]> ThingNameClassPartList = new(() => Load("thing-name-class-parts.txt"));
    private static readonly Lazy<string[]> DatePrepositionList = new(() => Load("date-prepositions.txt"));
    private static readonly Lazy<string[]> DateMarkerList = new(() => Load("date-markers.txt"));
    private static readonly Lazy<FrozenSet<string>> MonthNameSet = new(() => Load("month-names.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<(string Prefix, string Suffix)[]> QuoteHeaderNamePartList = new(() => [.. Load("quote-headers.txt").Where(f => f.Contains(NamePlaceholder, StringComparison.Ordinal)).Select(SplitAtName)]);

    /// <summary>Keys of a member's panel beside a post ("messages", "joined"), from member-counters.txt.</summary>
    internal static FrozenSet<string> MemberCounters => MemberCounterSet.Value;

    /// <summary>Words that may precede "#N" in a post number ("reply", "post"), from post-number-prefixes.txt.</summary>
    internal static FrozenSet<string> PostNumberPrefixes => PostNumberPrefixSet.Value;

    /// <summary>Words that put a post's author in a by-line before "»" ("by", "von"), from by-words.txt.</summary>
    internal static string[] ByWords => ByWordList.Value;

    /// <summary>Words of an edit note beside a member's name ("edited", "bearbeitet"), from edit-words.txt.</summary>
    internal static IReadOnlyList<string> EditWords => EditWordList.Value;

    /// <summary>Parts of class names of a badge, group tag, avatar or rank beside a member's name, from not-name-class-parts.txt.</summary>
    internal static IReadOnlyList<string> NotNameClassParts => NotNameClassPartList.Value;

    /// <summary>Words that open a by-line's date after a name and counters ("on", "am"), from date-prepositions.txt.</summary>
    internal static IReadOnlyList<string> DatePrepositions => DatePrepositionList.Value;

    /// <summary>Parts of class names of a thing's name or a title, not a member's ("thread-cat-name"), from thing-name-class-parts.txt.</summary>
    internal static IReadOnlyList<string> ThingNameClassParts => ThingNameClassPartList.Value;

    /// <summary>Words that make a number a relative date ("ago", "前", "lalu"), from date-markers.txt.</summary>
    internal static IReadOnlyList<string> DateMarkers => DateMarkerList.Value;

    /// <summary>Month names and abbreviations ("january", "jan", "märz"), from month-names.txt.</summary>
    internal static FrozenSet<string> MonthNames => MonthNameSet.Value;

    /// <summary>The quote headers of quote-headers.txt that name the member, as the text before and after the name ("Quote from: ", "" / "", " said:").</summary>
    internal static (string Prefix, string Suffix)[] QuoteHeaderNameParts => QuoteHeaderNamePartList.Value;

    private const string NamePlaceholder = "{name}";

    private static (string, string) SplitAtName(string entry)
    {
        int name = entry.IndexOf(NamePlaceholder, StringComparison.Ordinal);
        return (entry[..name], entry[(name + NamePlaceholder.Length)..]);
    }

    private static (string, CueKind)[] LoadCueEntries()
        => [.. CueFiles.SelectMany(f => Load(f.File).Select(e => (e.ToLowerInvariant(), f.Kind)))];

    private static FrozenDictionary<string, string> LoadHeadingRoles()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Load("heading-roles.txt"))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string role = line[..colon].Trim();
            foreach (var heading in line[(colon + 1)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                map[heading] = role;
            }
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static readonly Lazy<string[]> ChangeUpList = new(() => Load("change-up.txt"));
    private static readonly Lazy<string[]> ChangeDownList = new(() => Load("change-down.txt"));
    private static readonly Lazy<string[]> ChangeMultipleList = new(() => Load("change-multiples.txt"));
    private static readonly Lazy<string[]> FractionWordList = new(() => Load("fraction-words.txt"));
    private static readonly Lazy<string[]> ChangeAmountFillerList = new(() => Load("change-amount-fillers.txt"));
    private static readonly Lazy<string[]> FrequencyChangeList = new(() => Load("frequency-changes.txt"));
    private static readonly Lazy<FrozenSet<string>> FrequencyDownSet = new(() => FrequencyChangeList.Value.Where(l => l.EndsWith(" down", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(' ')]).ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<FrozenSet<string>> FrequencyUpSet = new(() => FrequencyChangeList.Value.Where(l => l.EndsWith(" up", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(' ')]).ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<FrozenSet<string>> PeriodPositionSet = new(() => Load("period-positions.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<string[]> ChangeQuantityList = new(() => Load("change-quantities.txt"));
    private static readonly Lazy<FrozenSet<string>> ProbabilityWordSet = new(() => Load("probability-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<string[]> ChangeBaseList = new(() => Load("change-bases.txt"));
    private static readonly Lazy<string[]> RiskQuantityList = new(() => Load("risk-quantities.txt"));
    private static readonly Lazy<string[]> MultiplicityCorrectionList = new(() => Load("multiplicity-corrections.txt"));

    /// <summary>Words saying p-values were corrected for multiple comparisons (multiplicity-corrections.txt): "Bonferroni", "adjusted for multiple".</summary>
    internal static string[] MultiplicityCorrections => MultiplicityCorrectionList.Value;

    private static readonly Lazy<FrozenSet<string>> StatisticSideValueSet = new(() => Load("statistic-side-values.txt").ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Labels of a value printed between a test statistic and its p (statistic-side-values.txt): "MSE", "d", "η2"; matched exactly.</summary>
    internal static FrozenSet<string> StatisticSideValues => StatisticSideValueSet.Value;

    /// <summary>Words that say a quantity went up beside a relative change ("more", "increased", "rise").</summary>
    internal static IReadOnlyList<string> ChangeUpWords => ChangeUpList.Value;

    /// <summary>Words that say a quantity went down beside a relative change ("less", "reduced", "cut").</summary>
    internal static IReadOnlyList<string> ChangeDownWords => ChangeDownList.Value;

    /// <summary>One-word multiples ("twice 2 up as", "halved 0.5 down fold"): word, factor, direction, form.</summary>
    internal static IReadOnlyList<string> ChangeMultiples => ChangeMultipleList.Value;

    /// <summary>Words between "by" and a relative change's amount ("declined by about 21%").</summary>
    internal static IReadOnlyList<string> ChangeAmountFillers => ChangeAmountFillerList.Value;

    /// <summary>Fractions in words and their denominators ("thirds 3", "half 2").</summary>
    internal static IReadOnlyList<string> FractionWords => FractionWordList.Value;

    /// <summary>Words that make a natural frequency an absolute reduction ("46 fewer deaths per 1,000").</summary>
    internal static FrozenSet<string> FrequencyDown => FrequencyDownSet.Value;

    /// <summary>Words that make a natural frequency an absolute increase ("12 more strokes per 10,000").</summary>
    internal static FrozenSet<string> FrequencyUp => FrequencyUpSet.Value;

    /// <summary>Words before a fraction that make it part of a period or series ("the second half of").</summary>
    internal static FrozenSet<string> PeriodPositions => PeriodPositionSet.Value;

    /// <summary>Words naming what a relative change is about ("likely", "risk", "odds").</summary>
    internal static IReadOnlyList<string> ChangeQuantities => ChangeQuantityList.Value;

    /// <summary>Words that describe a change as one in probability ("likely", "chance").</summary>
    internal static FrozenSet<string> ProbabilityWords => ProbabilityWordSet.Value;

    /// <summary>Words that introduce what a relative change is relative to ("than", "compared with").</summary>
    internal static IReadOnlyList<string> ChangeBases => ChangeBaseList.Value;

    /// <summary>Names of risk quantities, "name|Quantity" ("NNT|NumberNeededToTreat").</summary>
    internal static IReadOnlyList<string> RiskQuantities => RiskQuantityList.Value;

    /// <summary>The entries of the embedded list <paramref name="name"/> (a file under Lexicons/): one a line, trimmed, '#' lines and blank lines left out.</summary>
    internal static string[] Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ClaimCheck.Lexicons." + name)
            ?? throw new InvalidOperationException($"Embedded lexicon {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                entries.Add(line.Trim());
            }
        }

        return [.. entries];
    }
}
