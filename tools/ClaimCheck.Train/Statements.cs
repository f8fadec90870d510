namespace ClaimCheck.Train;

/// <summary>
/// One evidence text with its direction, and the prompt it answers: the direction is that of the outcome with the
/// intervention relative to the comparator.
/// </summary>
internal sealed record LabelledStatement(string ArticleId, string Text, SignificanceDirection Label, string Intervention, string Comparator, string Outcome);

/// <summary>Reads the evidence texts of v2_annotations.csv.</summary>
internal static class Statements
{
    // The prompts the dataset's README lists as "Incorrect: obviously wrong and should not be included".
    private static readonly HashSet<string> IncorrectPrompts =
    [
        "911", "912", "1262", "1261", "3044", "3248", "3111", "3620", "4308", "4490", "4491", "4324", "4325", "4492", "4824", "5000",
        "5001", "5002", "5046", "5047", "4948", "5639", "5710", "5752", "5775", "5782", "5841", "5843", "5861", "5862", "5863", "5964",
        "5965", "5966", "5975", "4807", "5776", "5777", "5778", "5779", "5780", "5781", "6034", "6065", "6066", "6666", "6667", "6668",
        "6669", "7040", "7042", "7944", "8590", "8605", "8606", "8639", "8640", "8745", "8747", "8749", "8877", "8878", "8593", "8631",
        "8635", "8884", "8886", "8773", "10032", "10035", "8876", "8875", "8885", "8917", "8921", "8118", "10885", "10886", "10887",
        "10888", "10889", "10890",
    ];

    /// <summary>How many rows were read, and dropped for which reason.</summary>
    internal sealed class Tally
    {
        /// <summary>Rows read.</summary>
        public int Rows { get; set; }

        /// <summary>"invalid prompt" or another label outside the three.</summary>
        public int InvalidLabel { get; set; }

        /// <summary>Prompts listed as incorrect.</summary>
        public int IncorrectPrompt { get; set; }

        /// <summary>Rows whose label or evidence the dataset's verifier rejected.</summary>
        public int Rejected { get; set; }

        /// <summary>Empty evidence texts.</summary>
        public int Empty { get; set; }

        /// <summary>Rows whose prompt is missing from prompts_merged.csv.</summary>
        public int NoPrompt { get; set; }

        /// <summary>Repeats of the same text with the same label in the same article.</summary>
        public int Duplicates { get; set; }
    }

    /// <summary>
    /// The usable, de-duplicated statements of <paramref name="csvPath"/>, each with the intervention, comparator and
    /// outcome of its prompt in <paramref name="promptsPath"/> (prompts_merged.csv).
    /// </summary>
    internal static List<LabelledStatement> Read(string csvPath, string promptsPath, Tally tally)
    {
        var prompts = Csv.Read(promptsPath).ToDictionary(p => p["PromptID"].Trim());
        var seen = new HashSet<(string, string, SignificanceDirection)>();
        var result = new List<LabelledStatement>();
        foreach (var row in Csv.Read(csvPath))
        {
            tally.Rows++;
            SignificanceDirection? label = row["Label"].Trim().ToLowerInvariant() switch
            {
                "significantly increased" or "significantly increase" => SignificanceDirection.SignificantlyIncreased,
                "significantly decreased" or "significantly decrease" => SignificanceDirection.SignificantlyDecreased,
                "no significant difference" => SignificanceDirection.NoSignificantDifference,
                _ => null,
            };
            string text = row["Annotations"].Trim();
            if (label is null)
            {
                tally.InvalidLabel++;
            }
            else if (IncorrectPrompts.Contains(row["PromptID"].Trim()))
            {
                tally.IncorrectPrompt++;
            }
            else if (!IsTrue(row["Valid Label"]) || !IsTrue(row["Valid Reasoning"]))
            {
                tally.Rejected++;
            }
            else if (text.Length == 0)
            {
                tally.Empty++;
            }
            else if (!prompts.TryGetValue(row["PromptID"].Trim(), out var prompt))
            {
                tally.NoPrompt++;
            }
            else if (!seen.Add((row["PMCID"], text, label.Value)))
            {
                tally.Duplicates++;
            }
            else
            {
                result.Add(new LabelledStatement(row["PMCID"].Trim(), text, label.Value, prompt["Intervention"].Trim(), prompt["Comparator"].Trim(), prompt["Outcome"].Trim()));
            }
        }

        return result;
    }

    private static bool IsTrue(string value) => value.Trim() is "True" or "true" or "1";
}
