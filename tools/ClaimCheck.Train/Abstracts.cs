using ClaimCheck.Documents;
using ClaimCheck.Segmenting.Roles;
using ClaimCheck.Text;

namespace ClaimCheck.Train;

/// <summary>One structured abstract with its headings removed: its sentences and their roles.</summary>
internal sealed record LabelledAbstract(string ArticleId, IReadOnlyList<string> Sentences, IReadOnlyList<SentenceRole> Roles);

/// <summary>Reads the structured abstracts of Evidence Inference `.abst` files.</summary>
internal static class Abstracts
{
    /// <summary>How many files were read, kept, or left out and why.</summary>
    internal sealed class Tally
    {
        /// <summary>Files read.</summary>
        public int Files { get; set; }

        /// <summary>Abstracts kept.</summary>
        public int Kept { get; set; }

        /// <summary>Files without `ABSTRACT.&lt;HEADING&gt;` sections of two or more roles.</summary>
        public int Unstructured { get; set; }

        /// <summary>Abstracts with a mixed or unknown heading.</summary>
        public int MixedHeading { get; set; }

        /// <summary>Peripheral sections left out of kept abstracts.</summary>
        public int PeripheralSections { get; set; }
    }

    /// <summary>
    /// The abstract of one `.abst` file, or null when it is not a usable structured abstract. Each section is split on
    /// its own with the library's <see cref="SentenceSplitter"/>, so no sentence straddles two headings.
    /// </summary>
    internal static LabelledAbstract? Read(string articleId, string path, Tally tally)
    {
        tally.Files++;
        var sections = new List<(string Heading, List<string> Lines)>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith("BODY.", StringComparison.Ordinal))
            {
                break;
            }

            if (HeadingMap.HeadingOf(line) is { } heading)
            {
                sections.Add((heading, []));
            }
            else if (sections.Count > 0 && line.Trim().Length > 0)
            {
                sections[^1].Lines.Add(line.Trim());
            }
        }

        var sentences = new List<string>();
        var roles = new List<SentenceRole>();
        int peripheral = 0;
        foreach (var (heading, lines) in sections)
        {
            if (lines.Count == 0)
            {
                // Wrapper headings ("ABSTRACT.ABSTRACT:") with nothing under them.
                continue;
            }

            var (kind, role) = HeadingMap.Classify(heading);
            if (kind == HeadingKind.Unknown)
            {
                if (sections.Count(s => s.Lines.Count > 0) > 1)
                {
                    tally.MixedHeading++;
                }
                else
                {
                    tally.Unstructured++;
                }

                return null;
            }

            if (kind == HeadingKind.Peripheral)
            {
                peripheral++;
                continue;
            }

            string text = string.Join(' ', lines);
            foreach (var span in SentenceSplitter.Split(text, new TextSpan(0, text.Length)))
            {
                sentences.Add(text.Substring(span.Start, span.Length));
                roles.Add(role);
            }
        }

        if (roles.Distinct().Count() < 2)
        {
            tally.Unstructured++;
            return null;
        }

        tally.Kept++;
        tally.PeripheralSections += peripheral;
        return new LabelledAbstract(articleId, sentences, roles);
    }
}
