using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ClaimCheck.Segmenting.Roles;
using ClaimCheck.Segmenting.Strength;
using Microsoft.ML;

namespace ClaimCheck.Train;

/// <summary>
/// The claim-strength part of the tool: picks the feature blocks, trainer and setting by 5-fold cross-validation on the train split
/// alone, fits the model on the whole train split, measures it once on the validation split (per source and together,
/// with the confusion matrix), measures the ML.NET text-featurizer pipeline for comparison, and writes the model the
/// library embeds (claim-strength.bin).
/// </summary>
internal static class ClaimStrengthTraining
{
    private const int Folds = 5;

    /// <summary>The cross-validation alone, on the train split, for choosing candidates: reads no validation sentence and writes nothing.</summary>
    internal static void CrossValidateOnly(string data, int seed)
    {
        var (train, _) = ClaimStrengthData.Split(data);
        Console.WriteLine($"claim strength: {train.Count} train sentences; cross-validation only, the validation split is not read");
        ClaimStrengthModel.CrossValidate(new MLContext(seed), train, Folds);
    }

    /// <summary>Runs it; returns the figures recorded in expected-metrics.json.</summary>
    internal static JsonObject Run(string data, string outDir, int seed)
    {
        var clock = Stopwatch.StartNew();
        var (train, validation) = ClaimStrengthData.Split(data);
        Console.WriteLine($"claim strength: {train.Count} train sentences, {validation.Count} validation " +
            $"({validation.Count(c => c.Source == ClaimStrengthData.PubMed)} PubMed, {validation.Count(c => c.Source == ClaimStrengthData.PressReleases)} press releases)");

        var ml = new MLContext(seed);
        var grid = ClaimStrengthModel.CrossValidate(ml, train, Folds);

        // The first of the best, so that a tie is broken by the grid's order.
        var chosen = grid.First(g => g.MacroF1 == grid.Max(x => x.MacroF1)).Settings;
        var model = ClaimStrengthModel.Fit(ml, ClaimStrengthModel.Featurize(train, chosen.Features), chosen);
        var predicted = ClaimStrengthModel.Predict(model, validation);
        var all = new Metrics(ClaimStrengthModel.Classes);
        var bySource = new Dictionary<string, Metrics>
        {
            [ClaimStrengthData.PubMed] = new(ClaimStrengthModel.Classes),
            [ClaimStrengthData.PressReleases] = new(ClaimStrengthModel.Classes),
        };
        for (int i = 0; i < validation.Count; i++)
        {
            all.Add((int)validation[i].Label, predicted[i]);
            bySource[validation[i].Source].Add((int)validation[i].Label, predicted[i]);
        }

        Console.WriteLine($"claim strength ({clock.Elapsed.TotalSeconds:0}s), chosen {chosen}: validation accuracy {all.Accuracy:P2}, macro-F1 {all.MacroF1:0.0000}");
        Console.WriteLine(all.ToMarkdown());
        foreach (var (source, metrics) in bySource)
        {
            Console.WriteLine($"  {source}: {metrics.Total} sentences, accuracy {metrics.Accuracy:P2}, macro-F1 {metrics.MacroF1:0.0000}");
            Console.WriteLine(metrics.ToMarkdown());
        }

        Directory.CreateDirectory(outDir);
        string file = Path.Combine(outDir, "claim-strength.bin");
        using (var stream = File.Create(file))
        {
            model.Write(stream);
        }

        // The comparison: ML.NET's own text featurizer, scored by a prediction engine from a .zip (not shipped).
        var timer = Stopwatch.StartNew();
        var (textPredicted, textBytes) = ClaimStrengthModel.FitWithTextFeaturizer(ml, train, validation, chosen);
        var text = new Metrics(ClaimStrengthModel.Classes);
        for (int i = 0; i < validation.Count; i++)
        {
            text.Add((int)validation[i].Label, textPredicted[i]);
        }

        Console.WriteLine($"comparison, ML.NET FeaturizeText (word 1-3-grams, char 3-grams) + the same trainer ({timer.Elapsed.TotalSeconds:0}s): " +
            $"validation accuracy {text.Accuracy:P2}, macro-F1 {text.MacroF1:0.0000}, saved model {textBytes / 1024.0:0} KB");

        return new JsonObject
        {
            ["sentences"] = all.Total,
            ["accuracy"] = Round(all.Accuracy),
            ["macroF1"] = Round(all.MacroF1),
            ["pubMed"] = Figures(bySource[ClaimStrengthData.PubMed]),
            ["pressReleases"] = Figures(bySource[ClaimStrengthData.PressReleases]),
            ["setting"] = chosen.ToString(),
            ["modelBytes"] = new FileInfo(file).Length,
            ["textFeaturizer"] = new JsonObject { ["accuracy"] = Round(text.Accuracy), ["macroF1"] = Round(text.MacroF1), ["modelBytes"] = textBytes },
        };
    }

    private static JsonObject Figures(Metrics m) => new() { ["sentences"] = m.Total, ["accuracy"] = Round(m.Accuracy), ["macroF1"] = Round(m.MacroF1) };

    private static double Round(double x) => Math.Round(x, 4);
}
