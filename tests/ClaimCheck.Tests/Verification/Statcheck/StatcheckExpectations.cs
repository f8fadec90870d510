using System.Globalization;

namespace ClaimCheck.Tests.Verification.Statcheck;

/// <summary>
/// Reads statcheck-expectations.tsv (statcheck's test expectations restated as data; see the file's header).
/// Shared by StatcheckExpectationTests and the Measure tool's <c>statcheck-expectations</c> verb.
/// </summary>
internal static class StatcheckExpectations
{
    /// <summary>The file's path relative to the repository root.</summary>
    internal const string RelativePath = "tests/ClaimCheck.Tests/Verification/Statcheck/statcheck-expectations.tsv";

    private static readonly string[] Columns =
        ["source_file", "test_name", "input_text", "extracted", "statistic", "df1", "df2", "p_comparison", "p_value", "error", "decision_error", "options", "note"];

    /// <summary>Reads every row of the file at <paramref name="path"/>; a malformed row throws with its line number.</summary>
    internal static IReadOnlyList<StatcheckExpectation> Load(string path)
    {
        var rows = new List<StatcheckExpectation>();
        bool header = false;
        int line = 0;
        foreach (string text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            string[] cells = text.Split('\t');
            if (!header)
            {
                if (!cells.SequenceEqual(Columns))
                {
                    throw new FormatException($"{path}:{line}: expected the header {string.Join(", ", Columns)}");
                }

                header = true;
                continue;
            }

            if (cells.Length != Columns.Length)
            {
                throw new FormatException($"{path}:{line}: {cells.Length} cells, expected {Columns.Length}");
            }

            try
            {
                rows.Add(Parse(line, cells));
            }
            catch (FormatException e)
            {
                throw new FormatException($"{path}:{line}: {e.Message}", e);
            }
        }

        return rows;
    }

    private static StatcheckExpectation Parse(int line, string[] c)
    {
        // "t = 2.2", "Chi2 < 45.1": name, relation, value.
        string? name = null, relation = null;
        double? value = null;
        if (c[4].Length > 0)
        {
            string[] parts = c[4].Split(' ');
            if (parts.Length != 3)
            {
                throw new FormatException($"statistic '{c[4]}' is not '<name> <relation> <value>'");
            }

            (name, relation, value) = (parts[0], parts[1], Number(parts[2]));
        }

        return new StatcheckExpectation(
            line, c[0], c[1], c[2],
            c[3] switch { "yes" => true, "no" => false, _ => throw new FormatException($"extracted '{c[3]}' is not yes or no") },
            name, relation, value,
            c[5].Length > 0 ? Number(c[5]) : null,
            c[6].Length > 0 ? Number(c[6]) : null,
            c[7].Length > 0 ? c[7] : null,
            c[8].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Number).ToList(),
            c[9].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Bool).ToList(),
            c[10].Length > 0 ? Bool(c[10]) : null,
            c[11], c[12]);
    }

    private static double Number(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool Bool(string s) => s switch
    {
        "TRUE" => true,
        "FALSE" => false,
        _ => throw new FormatException($"'{s}' is not TRUE or FALSE"),
    };
}
