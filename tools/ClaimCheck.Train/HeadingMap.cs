using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ClaimCheck.Documents;
using ClaimCheck.Segmenting.Roles;

namespace ClaimCheck.Train;

/// <summary>What a heading of a structured abstract says about the sentences under it.</summary>
internal enum HeadingKind
{
    /// <summary>The heading names one of the five roles.</summary>
    Role,

    /// <summary>Material beside the abstract proper (trial registration, funding, lay summaries): the section is left out.</summary>
    Peripheral,

    /// <summary>A heading that mixes roles ("METHODS AND RESULTS") or none: the whole abstract is left out, since its labels would be guesses.</summary>
    Unknown,
}

/// <summary>
/// Maps the many heading spellings of the Evidence Inference abstracts (as `ABSTRACT.&lt;HEADING&gt;:` lines) onto the
/// five roles. docs/accuracy.md lists the map.
/// </summary>
internal static partial class HeadingMap
{
    private static readonly FrozenDictionary<string, SentenceRole> Roles = new Dictionary<string, SentenceRole>
    {
        ["BACKGROUND"] = SentenceRole.Background, ["BACKGROUNDS"] = SentenceRole.Background, ["BACKGROUD"] = SentenceRole.Background,
        ["INTRODUCTION"] = SentenceRole.Background, ["CONTEXT"] = SentenceRole.Background, ["RATIONALE"] = SentenceRole.Background,
        ["STATEMENT OF THE PROBLEM"] = SentenceRole.Background, ["SUMMARY BACKGROUND DATA"] = SentenceRole.Background,
        ["CONTEXT AND BACKGROUND"] = SentenceRole.Background, ["WHAT IS KNOWN ALREADY"] = SentenceRole.Background,

        ["OBJECTIVE"] = SentenceRole.Objective, ["OBJECTIVES"] = SentenceRole.Objective, ["OBJETIVE"] = SentenceRole.Objective,
        ["AIM"] = SentenceRole.Objective, ["AIMS"] = SentenceRole.Objective, ["PURPOSE"] = SentenceRole.Objective, ["GOAL"] = SentenceRole.Objective,
        ["HYPOTHESIS"] = SentenceRole.Objective, ["AIM OF THE STUDY"] = SentenceRole.Objective, ["STUDY AIM"] = SentenceRole.Objective,
        ["STUDY OBJECTIVE"] = SentenceRole.Objective, ["STUDY OBJECTIVES"] = SentenceRole.Objective, ["STUDY QUESTION"] = SentenceRole.Objective,
        ["AIMS AND OBJECTIVES"] = SentenceRole.Objective, ["AIMS AND OBJECTIVE"] = SentenceRole.Objective, ["AIM AND OBJECTIVES"] = SentenceRole.Objective,
        ["AIM AND OBJECTIVE"] = SentenceRole.Objective, ["HYPOTHESIS AND OBJECTIVES"] = SentenceRole.Objective, ["HYPOTHESIS/OBJECTIVES"] = SentenceRole.Objective,
        ["AIMS/HYPOTHESIS"] = SentenceRole.Objective, ["AIM/HYPOTHESIS"] = SentenceRole.Objective,

        ["METHODS"] = SentenceRole.Methods, ["METHOD"] = SentenceRole.Methods, ["METHODOLOGY"] = SentenceRole.Methods,
        ["MATERIALS AND METHODS"] = SentenceRole.Methods, ["MATERIAL AND METHODS"] = SentenceRole.Methods, ["MATERIALS AND METHOD"] = SentenceRole.Methods,
        ["MATERIAL AND METHOD"] = SentenceRole.Methods, ["MATERIAL/METHODS"] = SentenceRole.Methods, ["MATERIALS/METHODS"] = SentenceRole.Methods,
        ["METHODS AND MATERIALS"] = SentenceRole.Methods, ["METHODS AND MATERIAL"] = SentenceRole.Methods, ["MATERIALS ANS METHODS"] = SentenceRole.Methods,
        ["MATERIALS AND METHODOLOGY"] = SentenceRole.Methods, ["PATIENTS AND METHODS"] = SentenceRole.Methods, ["PATIENT AND METHODS"] = SentenceRole.Methods,
        ["SUBJECTS AND METHODS"] = SentenceRole.Methods, ["SUBJECT AND METHODS"] = SentenceRole.Methods, ["SUBJECTS/METHODS"] = SentenceRole.Methods,
        ["SUBJECTS AND MATERIALS"] = SentenceRole.Methods, ["PARTICIPANTS AND METHODS"] = SentenceRole.Methods, ["METHODS AND PATIENTS"] = SentenceRole.Methods,
        ["RESEARCH DESIGN AND METHODS"] = SentenceRole.Methods, ["RESEARCH DESIGN"] = SentenceRole.Methods, ["DESIGN"] = SentenceRole.Methods,
        ["STUDY DESIGN"] = SentenceRole.Methods, ["TRIAL DESIGN"] = SentenceRole.Methods, ["DESIGN AND METHODS"] = SentenceRole.Methods,
        ["METHODS/DESIGN"] = SentenceRole.Methods, ["METHODS AND TRIAL DESIGN"] = SentenceRole.Methods, ["SETTING"] = SentenceRole.Methods,
        ["SETTINGS"] = SentenceRole.Methods, ["STUDY SETTING"] = SentenceRole.Methods, ["DESIGN AND SETTING"] = SentenceRole.Methods,
        ["SETTING AND DESIGN"] = SentenceRole.Methods, ["SETTINGS AND DESIGN"] = SentenceRole.Methods, ["STUDY DESIGN AND SETTING"] = SentenceRole.Methods,
        ["DESIGN, SETTING, AND PARTICIPANTS"] = SentenceRole.Methods, ["DESIGN, SETTING AND PATIENTS"] = SentenceRole.Methods,
        ["DESIGN AND PARTICIPANTS"] = SentenceRole.Methods, ["SETTING/PARTICIPANTS"] = SentenceRole.Methods, ["SETTING AND INTERVENTION"] = SentenceRole.Methods,
        ["PARTICIPANTS"] = SentenceRole.Methods, ["PATIENTS"] = SentenceRole.Methods, ["SUBJECTS"] = SentenceRole.Methods,
        ["POPULATION"] = SentenceRole.Methods, ["SAMPLE"] = SentenceRole.Methods, ["ANIMALS"] = SentenceRole.Methods,
        ["PARTICIPANTS AND CONTROLS"] = SentenceRole.Methods, ["INTERVENTION"] = SentenceRole.Methods, ["INTERVENTIONS"] = SentenceRole.Methods,
        ["INTERVENTION(S)"] = SentenceRole.Methods, ["DESIGN AND INTERVENTION(S)"] = SentenceRole.Methods, ["METHOD AND INTERVENTION"] = SentenceRole.Methods,
        ["MEASUREMENTS"] = SentenceRole.Methods, ["MEASURES"] = SentenceRole.Methods, ["MAIN MEASURES"] = SentenceRole.Methods,
        ["METHODS AND MEASURES"] = SentenceRole.Methods, ["PATIENTS DESIGN AND MEASUREMENTS"] = SentenceRole.Methods,
        ["MAIN OUTCOME MEASURES"] = SentenceRole.Methods, ["MAIN OUTCOME MEASURE"] = SentenceRole.Methods, ["MAIN OUTCOME MEASURE(S)"] = SentenceRole.Methods,
        ["OUTCOME MEASURES"] = SentenceRole.Methods, ["OUTCOME MEASURE"] = SentenceRole.Methods, ["PRIMARY OUTCOME MEASURES"] = SentenceRole.Methods,
        ["PRIMARY AND SECONDARY OUTCOME MEASURES"] = SentenceRole.Methods, ["SECONDARY OUTCOME MEASURE(S)"] = SentenceRole.Methods,
        ["OUTCOME MEASUREMENTS AND STATISTICAL ANALYSIS"] = SentenceRole.Methods, ["STATISTICAL ANALYSIS"] = SentenceRole.Methods,
        ["STATISTICAL ANALYSIS USED"] = SentenceRole.Methods, ["STATISTICAL METHODS"] = SentenceRole.Methods, ["STATISTICS"] = SentenceRole.Methods,
        ["RANDOMISATION"] = SentenceRole.Methods, ["STUDY DESIGN, SIZE, DURATION"] = SentenceRole.Methods,
        ["PARTICIPANTS/MATERIALS, SETTING, METHODS"] = SentenceRole.Methods,

        ["RESULTS"] = SentenceRole.Results, ["RESULT"] = SentenceRole.Results, ["FINDINGS"] = SentenceRole.Results, ["FINDING"] = SentenceRole.Results,
        ["MAIN FINDINGS"] = SentenceRole.Results, ["KEY FINDINGS"] = SentenceRole.Results, ["MAIN RESULTS AND THE ROLE OF CHANCE"] = SentenceRole.Results,
        ["RESULTS AND ANALYSIS"] = SentenceRole.Results,

        ["CONCLUSIONS"] = SentenceRole.Conclusions, ["CONCLUSION"] = SentenceRole.Conclusions, ["CONCULSION"] = SentenceRole.Conclusions,
        ["INTERPRETATION"] = SentenceRole.Conclusions, ["DISCUSSION"] = SentenceRole.Conclusions, ["CONCLUSIONS/INTERPRETATION"] = SentenceRole.Conclusions,
        ["CONCLUSION/INTERPRETATION"] = SentenceRole.Conclusions,
        ["CONCLUSIONS/SIGNIFICANCE"] = SentenceRole.Conclusions, ["CONCLUSION/SIGNIFICANCE"] = SentenceRole.Conclusions,
        ["INTERPRETATION AND CONCLUSIONS"] = SentenceRole.Conclusions, ["INTERPRETATION AND CONCLUSION"] = SentenceRole.Conclusions,
        ["CONCLUSIONS AND CLINICAL IMPORTANCE"] = SentenceRole.Conclusions, ["CONCLUSION AND CLINICAL IMPORTANCE"] = SentenceRole.Conclusions,
        ["CONCLUSIONS AND CLINICAL RELEVANCE"] = SentenceRole.Conclusions,
        ["CONCLUSION AND CLINICAL RELEVANCE"] = SentenceRole.Conclusions, ["CONCLUSION AND RELEVANCE"] = SentenceRole.Conclusions,
        ["CONCLUSION AND RECOMMENDATIONS"] = SentenceRole.Conclusions, ["DISCUSSION AND CONCLUSION"] = SentenceRole.Conclusions,
        ["DISCUSSION AND CONCLUSIONS"] = SentenceRole.Conclusions, ["CLINICAL RELEVANCE"] = SentenceRole.Conclusions,
        ["CLINICAL SIGNIFICANCE"] = SentenceRole.Conclusions, ["SIGNIFICANCE"] = SentenceRole.Conclusions,
        ["WIDER IMPLICATIONS OF THE FINDINGS"] = SentenceRole.Conclusions,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Registration numbers, funding, supplements and the lay or editors' summaries some journals put beside the abstract.
    private static readonly string[] PeripheralStarts =
    [
        "TRIAL REGISTRATION", "TRIALS REGISTRATION", "TRAIL REGISTRATION", "CLINICAL TRIAL REGISTRATION", "CLINICAL TRIALS REGISTRATION",
        "CLINICALTRIALS", "CLINICAL TRIALS NUMBER", "CLINICALTRIAL", "REGISTRATION", "STUDY REGISTRATION", "TRIAL REGISTRY", "TRIAL CODE",
        "TRIAL IDENTIFICATION", "DUTCH TRIAL REGISTER", "CURRENT CONTROLLED TRIALS", "EMABS TRIAL REGISTRATION", "NCT", "DATE OF FIRST",
        "FUNDING", "SPONSORSHIP", "STUDY FUNDING", "ELECTRONIC SUPPLEMENTARY MATERIAL", "ADDITIONAL INFORMATION", "EDITORIAL COMMENTARY",
        "EDITORS' SUMMARY", "AUTHOR SUMMARY", "PATIENT SUMMARY", "SIMPLE SUMMARY", "HIGHLIGHTS", "KEY POINTS", "TWEETABLE ABSTRACT",
        "GRAPHICAL ABSTRACT", "VIDEO ABSTRACT", "LEVEL OF EVIDENCE", "CLASSIFICATION OF EVIDENCE", "WHAT'S NEW", "WHAT DOES THIS STUDY ADD",
        "WHAT'S ALREADY KNOWN", "WHY WAS THIS STUDY DONE", "WHY WAS THE STUDY DONE", "WHAT DID THE RESEARCHERS DO", "WHAT DO THESE FINDINGS MEAN",
        "TRANSLATIONAL RELEVANCE", "IMPLICATIONS FOR",
    ];

    /// <summary>The heading text of a line such as "ABSTRACT.SUMMARY.METHODS:" ("METHODS"), or null if the line is no heading.</summary>
    internal static string? HeadingOf(string line)
    {
        var m = HeadingLine().Match(line);
        return m.Success ? Normalize(m.Groups["h"].Value) : null;
    }

    /// <summary>What <paramref name="heading"/> (as returned by <see cref="HeadingOf"/>) says, and the role when it names one.</summary>
    internal static (HeadingKind Kind, SentenceRole Role) Classify(string heading)
    {
        if (Roles.TryGetValue(heading, out var role))
        {
            return (HeadingKind.Role, role);
        }

        // Sub-abstracts in other languages or expanded copies ("RÉSUMÉ.OBJECTIF", "EXPANDED ABSTRACT.METHODS") are not the abstract proper.
        if (PeripheralStarts.Any(p => heading.StartsWith(p, StringComparison.Ordinal)) || (heading.Contains('.') && !heading.Contains(".GOV", StringComparison.Ordinal)))
        {
            return (HeadingKind.Peripheral, default);
        }

        return (HeadingKind.Unknown, default);
    }

    private static string Normalize(string raw)
    {
        string h = raw.Trim().TrimEnd(':', '.', '—', '-', ' ').Trim();
        bool stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (string prefix in (string[])["ABSTRACT.", "SUMMARY.", "SYNOPSIS."])
            {
                if (h.StartsWith(prefix, StringComparison.Ordinal))
                {
                    h = h[prefix.Length..].Trim();
                    stripped = true;
                }
            }
        }

        h = h.Trim('[', ']', ' ').Replace(" & ", " AND ", StringComparison.Ordinal).Replace(" :", "", StringComparison.Ordinal);
        return Spaces().Replace(h, " ").TrimEnd(':', '.', ' ');
    }

    [GeneratedRegex(@"^ABSTRACT\.(?<h>[^a-z]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
