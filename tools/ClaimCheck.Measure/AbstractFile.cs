using System.Text;

namespace ClaimCheck.Measure;

/// <summary>
/// One Evidence Inference article (<c>PMC&lt;id&gt;.abst</c>) reduced to what the measurements count:
/// the title and the abstract, one line per section (section headings such as <c>ABSTRACT.RESULTS:</c>
/// dropped); the <c>BODY.*</c> sections are left out.
/// </summary>
/// <param name="Name">The file name, e.g. <c>PMC101395.abst</c>.</param>
/// <param name="Text">The title, then each abstract section, each on one line.</param>
internal sealed record AbstractFile(string Name, string Text)
{
    /// <summary>Reads a .abst file. Line breaks inside a section (left over from the XML) become spaces.</summary>
    /// <param name="path">The file.</param>
    /// <param name="keepHeadings">When true, each abstract section is preceded by its heading on a line of its own
    /// ("RESULTS"), so that the parser knows the sections (the verifier needs the conclusions).</param>
    internal static AbstractFile Read(string path, bool keepHeadings = false)
    {
        var text = new StringBuilder();
        var section = new List<string>();
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.StartsWith("BODY", StringComparison.Ordinal))
            {
                break;
            }

            if (IsHeading(line))
            {
                Flush(section, text);
                string heading = line.StartsWith("ABSTRACT", StringComparison.Ordinal) ? line["ABSTRACT".Length..].Trim('.', ':', ' ') : string.Empty;
                if (keepHeadings && heading.Length > 0)
                {
                    text.Append('\n').Append(heading).Append('\n');
                }
            }
            else if (line.Trim().Length > 0)
            {
                section.Add(line.Trim());
            }
        }

        Flush(section, text);
        return new AbstractFile(Path.GetFileName(path), text.ToString());
    }

    private static void Flush(List<string> section, StringBuilder text)
    {
        if (section.Count > 0)
        {
            text.AppendJoin(' ', section).Append('\n');
            section.Clear();
        }
    }

    private static bool IsHeading(string line)
        => (line.StartsWith("TITLE", StringComparison.Ordinal) || line.StartsWith("ABSTRACT", StringComparison.Ordinal))
        && (line.EndsWith(':') || line.EndsWith('.')) && line.TrimEnd(':', '.').All(c => char.IsUpper(c) || c is '.' or ' ' or '-' or '/' or '&' or ',' or '(' or ')' || char.IsDigit(c));
}
