using System.Text;

namespace ClaimCheck.Train;

/// <summary>A reader for RFC 4180 CSV (quoted fields may hold commas, doubled quotes and line breaks).</summary>
internal static class Csv
{
    /// <summary>The rows of <paramref name="path"/> as dictionaries keyed by the header row's names.</summary>
    internal static List<Dictionary<string, string>> Read(string path)
    {
        string text = File.ReadAllText(path, Encoding.UTF8);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        var header = rows[0];
        return [.. rows.Skip(1).Where(r => r.Count == header.Count).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second))];
    }
}
