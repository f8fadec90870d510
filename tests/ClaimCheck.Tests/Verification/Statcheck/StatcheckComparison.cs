using System.Globalization;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Parsing;
using ClaimCheck.Verification;

namespace ClaimCheck.Tests.Verification.Statcheck;

/// <summary>
/// Runs one statcheck expectation through ClaimCheck and compares: is a statistic extracted with its p, is it read
/// as statcheck reads it, and do the rules fire where statcheck says error (CC2008 inconsistent p, CC2009
/// decision flip, CC2010 impossible p such as p = .000) and decision error (CC2009).
/// </summary>
internal static class StatcheckComparison
{
    /// <summary>The aspect that extraction differs on.</summary>
    internal const string Extraction = "extraction";

    /// <summary>The aspect that the reading (statistic, df, p) differs on.</summary>
    internal const string Reading = "reading";

    /// <summary>The aspect that the error verdict differs on.</summary>
    internal const string Error = "error";

    /// <summary>The aspect that the decision-error verdict differs on.</summary>
    internal const string DecisionError = "decision error";

    /// <summary>Every aspect, in reporting order.</summary>
    internal static readonly string[] Aspects = [Extraction, Reading, Error, DecisionError];

    /// <summary>Rules whose finding is statcheck's Error: inconsistent p, decision flip, impossible p (statcheck's pZeroError).</summary>
    internal static readonly string[] ErrorRules = ["CC2008", "CC2009", "CC2010"];

    /// <summary>The rule whose finding is statcheck's DecisionError.</summary>
    internal const string DecisionRule = "CC2009";

    // statcheck options ClaimCheck has no switch for: the row states a behaviour ClaimCheck does not offer.
    private static readonly Dictionary<string, string> Unsupported = new(StringComparer.Ordinal)
    {
        ["OneTailedTests=TRUE"] = "ClaimCheck has no switch that reads every test as one-tailed",
        ["OneTailedTxt=FALSE"] = "ClaimCheck always admits a declared one-tailed test (statcheck's OneTailedTxt = TRUE)",
        ["pEqualAlphaSig=FALSE"] = "ClaimCheck always counts p = alpha as significant (statcheck's default)",
        ["pZeroError=FALSE"] = "ClaimCheck always reports p = .000 (CC2010)",
        ["apa_style=TRUE"] = "statcheck's default APA-only extraction; ClaimCheck always reads non-APA notation (statcheck's apa_style = FALSE), because health papers print results so",
    };

    // Options that are statcheck's defaults or ClaimCheck's fixed behaviour.
    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "OneTailedTxt=TRUE", "pEqualAlphaSig=TRUE", "pZeroError=TRUE", "AllPValues=TRUE", "apa_style=FALSE",
    };

    /// <summary>Checks <paramref name="row"/>'s input with ClaimCheck and compares with statcheck's expectation.</summary>
    internal static StatcheckOutcome Compare(StatcheckExpectation row)
    {
        double alpha = 0.05;
        string? notApplicable = null;
        foreach (string option in row.Options.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (option.StartsWith("alpha=", StringComparison.Ordinal))
            {
                alpha = double.Parse(option["alpha=".Length..], CultureInfo.InvariantCulture);
            }
            else if (Unsupported.TryGetValue(option, out string? reason))
            {
                notApplicable ??= $"{option}: {reason}";
            }
            else if (!Supported.Contains(option))
            {
                throw new FormatException($"line {row.Line}: unknown statcheck option '{option}'");
            }
        }

        var result = Check(row.Input, alpha);
        var claims = (result.Extraction?.Claims ?? []).OrderBy(c => c.Span.Start).ToList();
        // statcheck's result is a statistic with its p (a number or ns): one without a p cannot be checked by either.
        var statistics = claims.OfType<TestStatisticClaim>().Where(t => t.P is not null).ToList();
        bool pValuesOnly = row.OptionMap.ContainsKey("AllPValues");
        var firstP = claims.Select(c => c switch { PValueClaim p => p.P, TestStatisticClaim t => t.P, _ => null }).FirstOrDefault(p => p is not null);
        bool extracted = pValuesOnly ? firstP is not null : statistics.Count > 0;
        var ruleIds = result.Findings.Select(f => f.Id).Where(id => id.StartsWith("CC2", StringComparison.Ordinal)).ToList();

        var differences = new List<string>();
        if (extracted != row.Extracted)
        {
            differences.Add($"{Extraction}: statcheck {(row.Extracted ? "extracts" : "does not extract")}, ClaimCheck {(extracted ? "does" : "does not")}");
        }

        string reading = !extracted ? string.Empty : pValuesOnly ? Describe(firstP) : Describe(statistics[0]);
        if (extracted && row.Extracted)
        {
            if (pValuesOnly)
            {
                ComparePValue(row, firstP, differences);
            }
            else
            {
                CompareStatistic(row, statistics[0], differences);
                ComparePValue(row, statistics[0].P, differences);
            }
        }

        if (row.Errors.Count == 1)
        {
            bool error = ruleIds.Any(id => ErrorRules.Contains(id));
            if (error != row.Errors[0])
            {
                differences.Add($"{Error}: statcheck {Verdict(row.Errors[0])}, ClaimCheck {(error ? string.Join("+", ruleIds.Where(id => ErrorRules.Contains(id)).Distinct()) : "no CC2008/CC2009/CC2010")}");
            }
        }

        if (row.DecisionError is bool decision)
        {
            bool flip = ruleIds.Contains(DecisionRule);
            if (flip != decision)
            {
                differences.Add($"{DecisionError}: statcheck {Verdict(decision)}, ClaimCheck {(flip ? "CC2009" : "no CC2009")}");
            }
        }

        return new StatcheckOutcome(row, notApplicable, extracted, reading, ruleIds, differences);
    }

    private static CheckResult Check(string text, double alpha)
    {
        if (alpha == VerifierOptions.Default.Alpha)
        {
            return ClaimChecker.Check(text);
        }

        var document = ClaimChecker.Parse(text);
        return ClaimChecker.Check(new ReadResult(null, document, document.InputFindings), new Verifier(VerifierOptions.Default with { Alpha = alpha }));
    }

    private static void CompareStatistic(StatcheckExpectation row, TestStatisticClaim claim, List<string> differences)
    {
        if (row.Statistic is { } name && Kind(name) != claim.Statistic)
        {
            differences.Add($"{Reading}: statistic {claim.Statistic} (statcheck {name})");
        }

        if (row.StatisticValue is { } value && !Same(claim.Value.Value, value))
        {
            differences.Add($"{Reading}: value {claim.Value.Text} read as {Format(claim.Value.Value)} (statcheck {Format(value)})");
        }

        // statcheck keeps the df of t and r in df2, of χ² and Q in df1; ClaimCheck keeps the first df in Df1.
        double? df1 = claim.Statistic == TestStatisticKind.F ? row.Df1 : row.Df2 ?? row.Df1;
        double? df2 = claim.Statistic == TestStatisticKind.F ? row.Df2 : null;
        if (df1 is { } d1 && !(claim.Df1 is { } c1 && Same(c1.Value, d1)))
        {
            differences.Add($"{Reading}: df {Describe(claim.Df1)} (statcheck {Format(d1)})");
        }

        if (df2 is { } d2 && !(claim.Df2 is { } c2 && Same(c2.Value, d2)))
        {
            differences.Add($"{Reading}: second df {Describe(claim.Df2)} (statcheck {Format(d2)})");
        }
    }

    private static void ComparePValue(StatcheckExpectation row, PValue? p, List<string> differences)
    {
        if (row.PComparison is null)
        {
            return;
        }

        string relation = p is null ? "none" : p.IsNotSignificantNotation ? "ns" : Relation(p.Relation);
        if (relation != row.PComparison)
        {
            differences.Add($"{Reading}: p relation {relation} (statcheck {row.PComparison})");
        }
        else if (row.PValues.Count > 0 && p?.Value is { } number && !Same(number.Value, row.PValues[0]))
        {
            differences.Add($"{Reading}: p {number.Text} read as {Format(number.Value)} (statcheck {Format(row.PValues[0])})");
        }
    }

    private static TestStatisticKind Kind(string statcheckName) => statcheckName switch
    {
        "t" => TestStatisticKind.T,
        "F" => TestStatisticKind.F,
        "r" => TestStatisticKind.R,
        "Chi2" => TestStatisticKind.ChiSquare,
        "Z" => TestStatisticKind.Z,
        "Q" or "Qw" or "Qb" => TestStatisticKind.Q,
        _ => throw new FormatException($"unknown statcheck statistic '{statcheckName}'"),
    };

    private static string Relation(RelationalOperator relation) => relation switch
    {
        RelationalOperator.Equal => "=",
        RelationalOperator.Less => "<",
        RelationalOperator.LessOrEqual => "<=",
        RelationalOperator.Greater => ">",
        RelationalOperator.GreaterOrEqual => ">=",
        _ => relation.ToString(),
    };

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    private static string Verdict(bool value) => value ? "TRUE" : "FALSE";

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Describe(ReportedNumber? number) => number is { } n ? Format(n.Value) : "none";

    private static string Describe(PValue? p)
        => p is null ? "no p" : p.IsNotSignificantNotation ? "p " + p.ValueText : $"p {Relation(p.Relation)} {Describe(p.Value)}";

    private static string Describe(TestStatisticClaim claim)
    {
        string df = claim.Df1 is null ? string.Empty : claim.Df2 is null ? $"({Describe(claim.Df1)})" : $"({Describe(claim.Df1)}, {Describe(claim.Df2)})";
        return $"{claim.Statistic}{df} = {Format(claim.Value.Value)}, {Describe(claim.P)}";
    }
}
