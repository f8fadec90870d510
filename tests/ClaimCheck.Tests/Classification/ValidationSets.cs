using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck.Documents;
using ClaimCheck.Segmenting.Roles;
using ClaimCheck.Train;

namespace ClaimCheck.Tests.Classification;

/// <summary>
/// The validation material of the two models, rebuilt from the shared Evidence Inference data by the training tool's
/// own preparation code (<see cref="EvidenceInference"/>), and the figures the tool recorded
/// (docs/accuracy/expected-metrics.json). The material is never committed: a test that needs it is skipped, with the
/// reason, where ../shared/data is absent.
/// </summary>
internal static partial class ValidationSets
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<IReadOnlyList<LabelledAbstract>> ValidationAbstracts = new(() => EvidenceInference.Abstracts(Data, new Abstracts.Tally()).Validation);

    private static readonly Lazy<IReadOnlyList<LabelledStatement>> ValidationStatements = new(() => EvidenceInference.Statements(Data, new Statements.Tally()).Validation);

    /// <summary>The validation figures of one model (Alone: the significance model on the statements without their prompts).</summary>
    internal sealed record Figures(int Abstracts, int Sentences, int Statements, double Accuracy, double MacroF1, Score? Alone);

    /// <summary>An accuracy and a macro-F1.</summary>
    internal sealed record Score(double Accuracy, double MacroF1);

    /// <summary>The validation figures of both models, as the training tool measured them.</summary>
    internal sealed record Expected(Figures SentenceRoles, Figures Significance);

    /// <summary>docs/accuracy/expected-metrics.json (the project's own measurement, always present).</summary>
    internal static Expected Metrics { get; } = JsonSerializer.Deserialize<Expected>(
        File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "docs", "accuracy", "expected-metrics.json")), Options)!;

    /// <summary>The shared Evidence Inference folder (skips the calling test when it is absent).</summary>
    private static string Data
    {
        get
        {
            string data = SharedData.Require("evidence-inference");
            foreach (string part in new[] { "abstracts-dev", "splits", "v2_annotations.csv", "prompts_merged.csv" })
            {
                SharedData.Require(Path.Combine("evidence-inference", part));
            }

            return data;
        }
    }

    /// <summary>The sentence-role validation abstracts (headings removed), rebuilt from the shared data.</summary>
    internal static IReadOnlyList<LabelledAbstract> RoleAbstracts()
    {
        _ = Data;
        return ValidationAbstracts.Value;
    }

    /// <summary>The significance validation statements with their prompts, rebuilt from the shared data.</summary>
    internal static IReadOnlyList<LabelledStatement> SignificanceStatements()
    {
        _ = Data;
        return ValidationStatements.Value;
    }

    /// <summary>
    /// The accuracy (in %) and macro-F1 that the section <paramref name="heading"/> of docs/accuracy.md states for a
    /// model, from its row of the figures table ("| sentence roles | … | 91.50 % | 0.8182 |").
    /// </summary>
    internal static (double AccuracyPercent, double MacroF1) Documented(string heading, string model)
    {
        string doc = File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "docs", "accuracy.md"));
        int start = doc.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"docs/accuracy.md has a \"{heading}\" section");
        int end = doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        string section = end < 0 ? doc[start..] : doc[start..end];
        var row = FiguresRow().Matches(section).FirstOrDefault(m => m.Groups["model"].Value.Trim() == model);
        row.Should().NotBeNull($"the figures table of \"{heading}\" names the {model} model");
        return (double.Parse(row!.Groups["acc"].Value, CultureInfo.InvariantCulture), double.Parse(row.Groups["f1"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^\| (?<model>[a-z -]+) \|[^|\n]*\| (?<acc>\d+\.\d+) % \| (?<f1>0\.\d+) \|", RegexOptions.Multiline)]
    private static partial Regex FiguresRow();
}
