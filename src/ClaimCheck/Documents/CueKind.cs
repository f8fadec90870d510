namespace ClaimCheck.Documents;

/// <summary>
/// What a span of a clause says about the clause's numbers, found once by the Segmenting stage (<see cref="Clause.Cues"/>).
/// The words of each kind are the data files under <c>src/ClaimCheck/Lexicons/</c>.
/// </summary>
public enum CueKind
{
    /// <summary>The claim is softened: "may", "might", "suggests", "potentially".</summary>
    Hedged,

    /// <summary>A negation ("not", "no", "failed", "n't"); its <see cref="Cue.Scope"/> runs to the end of the clause.</summary>
    Negated,

    /// <summary>An exception ("except for …", "with the exception of …"); its scope runs to the next comma or the clause's end.</summary>
    Exception,

    /// <summary>Equivalence or similarity: "similar", "comparable", "as effective as", "non-inferior".</summary>
    Equivalence,

    /// <summary>A statement about every arm or about time: "both", "each group", "over time", "respectively".</summary>
    EveryArm,

    /// <summary>A subset or subgroup of the people: "subgroup", "subset", "among those".</summary>
    Subgroup,

    /// <summary>People leaving or analysed apart: "completed", "withdrew", "lost to follow-up", "evaluable".</summary>
    Attrition,

    /// <summary>An adjusted or model-based estimate: "adjusted", "multivariable", "regression", "posterior".</summary>
    Adjusted,

    /// <summary>The groups before treatment: "at baseline", "baseline characteristics", "demographic".</summary>
    Baseline,

    /// <summary>A change measured from baseline ("change from baseline", "relative to baseline").</summary>
    ChangeFromBaseline,

    /// <summary>A threshold given with a result instead of its p: "significant at the p &lt; .05 level", "at p &lt; 0.01".</summary>
    Threshold,

    /// <summary>The criterion of an analysis, not a result: "p &lt; 0.05 was considered significant", "significance level", "H0:".</summary>
    Criterion,

    /// <summary>A test of a model or of an interaction, not of the treatment: "interaction", "Hosmer–Lemeshow", "goodness of fit".</summary>
    ModelTest,

    /// <summary>Earlier work: a citation marker ("[28-30]", "et al.") or words such as "previous studies", "has been shown".</summary>
    PriorWork,

    /// <summary>A recommendation or need: "should", "further studies are needed", "warrants".</summary>
    Recommendation,

    /// <summary>An aim, hypothesis or open question rather than a finding: "aimed", "hypothesised", "unclear".</summary>
    Aim,

    /// <summary>An association rather than an effect: "associated", "correlated".</summary>
    Association,

    /// <summary>Words that admit a result was not significant: "trend", "numerically", "did not reach significance".</summary>
    NonSignificance,

    /// <summary>A word of effect or benefit: "improved", "reduced", "superior", "efficacy".</summary>
    Benefit,

    /// <summary>A verb presenting a change as real ("increased", "improved", "lowered"), not preceded by a quantity word ("the mean increase").</summary>
    Change,

    /// <summary>Wording about clinical rather than statistical significance: "clinically", "clinical relevance".</summary>
    NotStatistical,

    /// <summary>A pattern rather than a test: "similar results", "similar trends", "or better".</summary>
    LoosePattern,

    /// <summary>A comparison with another arm: "versus", "compared", "than", "placebo", "control".</summary>
    Comparison,

    /// <summary>Words naming the groups: "groups", "arms", "between".</summary>
    Groups,

    /// <summary>A word about significance or difference ("significant", "differed").</summary>
    SignificanceTerm,

    /// <summary>Counted events rather than people: "died", "deaths", "events", "complications".</summary>
    Events,

    /// <summary>A table row or a table or figure legend ("Table 2.", "Data are mean ± SD", a line of numbers).</summary>
    TableRow,

    /// <summary>Boilerplate: forward-looking statements, funding, competing interests, affiliations.</summary>
    Boilerplate,

    /// <summary>A count per group rather than a total: "in each group", "per arm".</summary>
    PerGroup,

    /// <summary>"or" joining alternatives ("no significant difference or trend").</summary>
    Disjunction,

    /// <summary>A quotation mark just before a word: someone's words being reported.</summary>
    Quoted,

    /// <summary>Values on a log or ratio scale: "geometric mean", "doubling dose", "log-transformed".</summary>
    LogScale,
}
