using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck.Classification;
using ClaimCheck.Documents;
using ClaimCheck.Segmenting.Roles;

namespace ClaimCheck.Tests.Classification;

/// <summary>The validation material and figures that tools/ClaimCheck.Train wrote under corpus/ml.</summary>
internal static partial class ValidationSets
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>One validation abstract: its sentences (headings removed) and their roles.</summary>
    internal sealed record Abstract(string Article, string[] Sentences, SentenceRole[] Roles);

    /// <summary>One validation statement, its direction and the prompt's arms and outcome the direction is relative to.</summary>
    internal sealed record Statement(string Article, SignificanceDirection Label, string Text, string Intervention, string Comparator, string Outcome);

    /// <summary>The validation figures of one model (Alone: the significance model on the statements without their prompts).</summary>
    internal sealed record Figures(int Sentences, int Statements, double Accuracy, double MacroF1, Score? Alone);

    /// <summary>An accuracy and a macro-F1.</summary>
    internal sealed record Score(double Accuracy, double MacroF1);

    /// <summary>The validation figures of both models, as the training tool measured them.</summary>
    internal sealed record Expected(Figures SentenceRoles, Figures Significance);

    /// <summary>The sentence-role validation abstracts.</summary>
    internal static IReadOnlyList<Abstract> Abstracts { get; } = ReadLines<AbstractLine>("ml/sentence-roles.validation.jsonl")
        .Select(a => new Abstract(a.Article, a.Sentences, [.. a.Roles.Select(Enum.Parse<SentenceRole>)]))
        .ToList();

    /// <summary>The significance validation statements.</summary>
    internal static IReadOnlyList<Statement> Statements { get; } = ReadLines<StatementLine>("ml/significance.validation.jsonl")
        .Select(s => new Statement(s.Article, Enum.Parse<SignificanceDirection>(s.Label), s.Text, s.Intervention, s.Comparator, s.Outcome))
        .ToList();

    /// <summary>corpus/ml/expected-metrics.json.</summary>
    internal static Expected Metrics { get; } = JsonSerializer.Deserialize<Expected>(File.ReadAllText(Corpus.PathOf("ml/expected-metrics.json")), Options)!;

    /// <summary>
    /// The accuracy (in %) and macro-F1 that the "## Shipped models" section of docs/accuracy.md states for a model,
    /// from its row of the figures table ("| sentence roles | … | 91.50 % | 0.8182 |").
    /// </summary>
    internal static (double AccuracyPercent, double MacroF1) Documented(string model)
    {
        string doc = File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "docs", "accuracy.md"));
        int start = doc.IndexOf("\n## Shipped models", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "docs/accuracy.md has a \"## Shipped models\" section");
        int end = doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        string section = end < 0 ? doc[start..] : doc[start..end];
        var row = FiguresRow().Matches(section).FirstOrDefault(m => m.Groups["model"].Value.Trim() == model);
        row.Should().NotBeNull($"the figures table names the {model} model");
        return (double.Parse(row!.Groups["acc"].Value, CultureInfo.InvariantCulture), double.Parse(row.Groups["f1"].Value, CultureInfo.InvariantCulture));
    }

    private static IEnumerable<T> ReadLines<T>(string relative)
        => File.ReadLines(Corpus.PathOf(relative)).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<T>(l, Options)!);

    [GeneratedRegex(@"^\| (?<model>[a-z -]+) \|[^|\n]*\| (?<acc>\d+\.\d+) % \| (?<f1>0\.\d+) \|", RegexOptions.Multiline)]
    private static partial Regex FiguresRow();

    private sealed record AbstractLine(string Article, string[] Sentences, string[] Roles);

    private sealed record StatementLine(string Article, string Label, string Text, string Intervention, string Comparator, string Outcome);
}
