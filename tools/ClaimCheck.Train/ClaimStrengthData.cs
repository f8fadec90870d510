using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Segmenting.Roles;
using ClaimCheck.Segmenting.Strength;

namespace ClaimCheck.Train;

/// <summary>A labelled sentence of the claim-strength data and where it comes from.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Label">Its strength.</param>
/// <param name="Source">"PubMed" (conclusion sentences of abstracts) or "press releases" (EurekAlert).</param>
internal sealed record LabelledClaim(string Text, ClaimStrength Label, string Source);

/// <summary>
/// The claim-strength data (../shared/data/claim-strength: annotated_pubmed.csv, annotated_eureka.csv) split as
/// docs/accuracy/splits.md fixed it: a sentence is validation when the first byte of the SHA-256 of its text (UTF-8)
/// is 205 or more, train otherwise (about 80 %).
/// </summary>
internal static class ClaimStrengthData
{
    /// <summary>The source name of the PubMed sentences.</summary>
    internal const string PubMed = "PubMed";

    /// <summary>The source name of the press-release sentences.</summary>
    internal const string PressReleases = "press releases";

    /// <summary>True when both files are in <paramref name="folder"/>.</summary>
    internal static bool IsPresent(string folder)
        => File.Exists(Path.Combine(folder, "annotated_pubmed.csv")) && File.Exists(Path.Combine(folder, "annotated_eureka.csv"));

    /// <summary>The train and validation sentences of both files, each in file order (PubMed first).</summary>
    internal static (List<LabelledClaim> Train, List<LabelledClaim> Validation) Split(string folder)
    {
        var train = new List<LabelledClaim>();
        var validation = new List<LabelledClaim>();
        foreach (var (file, source) in new[] { ("annotated_pubmed.csv", PubMed), ("annotated_eureka.csv", PressReleases) })
        {
            foreach (var row in Csv.Read(Path.Combine(folder, file)))
            {
                var claim = new LabelledClaim(row["sentence"], (ClaimStrength)int.Parse(row["label"], System.Globalization.CultureInfo.InvariantCulture), source);
                (IsValidation(claim.Text) ? validation : train).Add(claim);
            }
        }

        return (train, validation);
    }

    /// <summary>The split rule of docs/accuracy/splits.md.</summary>
    internal static bool IsValidation(string sentence) => SHA256.HashData(Encoding.UTF8.GetBytes(sentence))[0] >= 205;
}
