using System.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// The title and abstract of each Evidence Inference paper (../shared/data/evidence-inference/abstracts-dev,
/// third-party data never committed: docs/data.md), in file-name order.
/// </summary>
internal static class Papers
{
    /// <summary>Each paper as its sections (title first), one string per section; line breaks inside a section become spaces.</summary>
    internal static List<List<(string? Heading, string Text)>> Read()
    {
        string folder = RepositoryPaths.SharedData("evidence-inference", "abstracts-dev");
        var papers = new List<List<(string?, string)>>();
        foreach (string file in Directory.EnumerateFiles(folder, "*.abst").Order(StringComparer.Ordinal))
        {
            var sections = new List<(string?, string)>();
            var lines = new List<string>();
            string? heading = null;
            foreach (string line in File.ReadLines(file, Encoding.UTF8))
            {
                if (line.StartsWith("BODY", StringComparison.Ordinal))
                {
                    break;
                }

                bool isHeading = (line.StartsWith("TITLE", StringComparison.Ordinal) || line.StartsWith("ABSTRACT", StringComparison.Ordinal))
                    && (line.EndsWith(':') || line.EndsWith('.')) && !line.Any(char.IsLower);
                if (isHeading)
                {
                    if (lines.Count > 0)
                    {
                        sections.Add((heading, string.Join(' ', lines)));
                        lines.Clear();
                    }

                    heading = line.StartsWith("ABSTRACT", StringComparison.Ordinal) ? line["ABSTRACT".Length..].Trim('.', ':', ' ') : null;
                    heading = string.IsNullOrEmpty(heading) ? null : heading;
                }
                else if (line.Trim().Length > 0)
                {
                    lines.Add(line.Trim());
                }
            }

            if (lines.Count > 0)
            {
                sections.Add((heading, string.Join(' ', lines)));
            }

            papers.Add(sections);
        }

        return papers;
    }

    /// <summary>
    /// The first <paramref name="count"/> papers as one plain-text page, repeated <paramref name="copies"/> times: each
    /// section under its heading on a line of its own ("RESULTS"), papers separated by blank lines. (The parser drops a
    /// paragraph it has seen before, so copies beyond the first add text but little work.)
    /// </summary>
    internal static string AsPlainText(List<List<(string? Heading, string Text)>> papers, int count, int copies)
    {
        var one = new StringBuilder();
        foreach (var paper in papers.Take(count))
        {
            foreach (var (heading, text) in paper)
            {
                if (heading is not null)
                {
                    one.Append('\n').Append(heading).Append('\n');
                }

                one.Append(text).Append('\n');
            }

            one.Append("\n\n");
        }

        var all = new StringBuilder(one.Length * copies);
        for (int i = 0; i < copies; i++)
        {
            all.Append(one);
        }

        return all.ToString();
    }

    /// <summary>The baseline of the pipeline benchmarks: jumps from digit to digit through the text and counts the jumps.</summary>
    internal static int CountDigits(string text)
    {
        var span = text.AsSpan();
        int count = 0;
        int i = 0;
        while (true)
        {
            int next = span[i..].IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                return count;
            }

            count++;
            i += next + 1;
        }
    }
}
