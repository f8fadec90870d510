using System.Globalization;

namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>
/// One summary/source pair of a pairs file under Rules/Data/ (cc4001-pairs.txt, cc4003-pairs.txt): records of
/// <c>key: value</c> lines (id, source, summary, expect) separated by blank lines, <c>#</c> lines being comments.
/// </summary>
public sealed record SummaryPair(string Id, string Source, string Summary, string Expected)
{
    /// <summary>The pairs of <paramref name="fileName"/> in Rules/Data/, in file order.</summary>
    internal static IReadOnlyList<SummaryPair> Load(string fileName)
    {
        string file = Path.Combine(Corpus.RepositoryRoot, "tests", "ClaimCheck.Tests", "Verification", "Rules", "Data", fileName);
        var pairs = new List<SummaryPair>();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(file).Append(""))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == 0)
            {
                if (fields.Count > 0)
                {
                    pairs.Add(new SummaryPair(fields["id"], fields["source"], fields["summary"], fields["expect"]));
                    fields.Clear();
                }

                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            fields[line[..colon]] = line[(colon + 1)..].Trim();
        }

        return pairs.Count > 0 ? pairs : throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{file} holds no pairs"));
    }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
