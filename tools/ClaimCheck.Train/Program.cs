using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimCheck.Documents;
using ClaimCheck.Segmenting.Roles;
using ClaimCheck.Segmenting.Strength;
using ClaimCheck.Train;
using Microsoft.ML;

// Trains two classifiers on Evidence Inference (train split) and measures them on the validation split: the
// sentence-role model, which the library embeds, and the significance-direction model, an experiment kept here
// (no pipeline stage uses it, so it is not shipped). Writes the sentence-role model files and the figures of both
// (expected-metrics.json), which the tests and docs/accuracy.md check. The validation material is never written
// out: the tests rebuild it from the dataset with EvidenceInference, as this tool does.
var options = new Dictionary<string, string>
{
    ["--data"] = "../shared/data/evidence-inference",
    // Where the library embeds each model (ClaimCheck.csproj): the role model beside Segmenting/Roles, claim strength
    // beside Segmenting/Strength.
    ["--out"] = "src/ClaimCheck/Segmenting/Roles/Models",
    ["--strength-out"] = "src/ClaimCheck/Segmenting/Strength/Models",
    ["--metrics"] = "docs/accuracy/expected-metrics.json",
    ["--seed"] = "20190601",
    ["--only"] = "",
    ["--strength-data"] = "../shared/data/claim-strength",
};
const string Usage = "usage: ClaimCheck.Train [--data DIR] [--strength-data DIR] [--out DIR] [--strength-out DIR] [--metrics FILE] [--seed N] [--only significance|strength|strength-cv|roles-export]   (run from the repository root)";
for (int i = 0; i < args.Length; i++)
{
    if (!options.ContainsKey(args[i]) || i + 1 >= args.Length)
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }

    options[args[i]] = args[++i];
}

if (options["--only"] is not ("" or "significance" or "strength" or "strength-cv" or "roles-export"))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

// "--only roles-export" writes the directly scored form of the saved sentence-role model (sentence-roles.bin, which the
// library embeds) from sentence-roles.zip, without training.
if (options["--only"] == "roles-export")
{
    var exportMl = new MLContext(0);
    string zip = Path.Combine(options["--out"], "sentence-roles.zip");
    var saved = exportMl.Model.Load(zip, out _);
    RoleModelExport.Write(exportMl, saved, Path.Combine(options["--out"], "sentence-roles.bin"));
    Console.WriteLine($"wrote {Path.Combine(options["--out"], "sentence-roles.bin")} from {zip}");
    return 0;
}

// "--only strength" trains and measures the claim-strength model alone (ClaimStrengthTraining) and keeps the other
// models and their recorded figures as they are.
// "--only strength-cv" runs only its cross-validation on the train split (to compare candidates without reading the
// validation split) and writes nothing.
if (options["--only"] is "strength" or "strength-cv")
{
    if (!ClaimStrengthData.IsPresent(options["--strength-data"]))
    {
        Console.Error.WriteLine($"claim-strength data not found in {Path.GetFullPath(options["--strength-data"])} (expected annotated_pubmed.csv, annotated_eureka.csv).");
        return 1;
    }

    if (options["--only"] == "strength-cv")
    {
        ClaimStrengthTraining.CrossValidateOnly(options["--strength-data"], int.Parse(options["--seed"], CultureInfo.InvariantCulture));
        return 0;
    }

    var strength = ClaimStrengthTraining.Run(options["--strength-data"], options["--strength-out"], int.Parse(options["--seed"], CultureInfo.InvariantCulture));
    var recorded = JsonNode.Parse(File.ReadAllText(options["--metrics"]))!.AsObject();
    recorded["claimStrength"] = strength;
    File.WriteAllText(options["--metrics"], recorded.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    Console.WriteLine($"wrote {Path.Combine(options["--strength-out"], "claim-strength.bin")} and {options["--metrics"]}");
    return 0;
}

// "--only significance" retrains and measures the significance model alone and keeps the sentence-role model and
// its recorded figures as they are.
bool roles = options["--only"] != "significance";

string data = options["--data"];
if (!EvidenceInference.IsPresent(data))
{
    Console.Error.WriteLine($"Evidence Inference data not found in {Path.GetFullPath(data)} (expected v2_annotations.csv, abstracts-dev/, splits/).");
    return 1;
}

int seed = int.Parse(options["--seed"], CultureInfo.InvariantCulture);
string outDir = options["--out"];
string metricsFile = options["--metrics"];
var clock = Stopwatch.StartNew();

// Sentence roles.
object? roleFigures = null;
if (roles)
{
    var abstractTally = new Abstracts.Tally();
    var (trainAbstracts, validationAbstracts) = EvidenceInference.Abstracts(data, abstractTally);

    Console.WriteLine($"abstracts: {abstractTally.Files} files of the two splits, {abstractTally.Kept} kept ({trainAbstracts.Count} train, {validationAbstracts.Count} validation); " +
        $"left out: {abstractTally.Unstructured} unstructured, {abstractTally.MixedHeading} with a mixed or unknown heading; {abstractTally.PeripheralSections} peripheral sections dropped");
    Console.WriteLine($"sentences: {trainAbstracts.Sum(a => a.Sentences.Count)} train, {validationAbstracts.Sum(a => a.Sentences.Count)} validation");

    var roleMl = new MLContext(seed);
    var roleModel = RoleModel.Fit(roleMl, trainAbstracts);
    var transitions = RoleTransitions.Count(trainAbstracts.Select(a => a.Roles));
    var roleScores = RoleModel.Score(roleMl, roleModel, validationAbstracts);
    var roleMetrics = new Metrics(RoleModel.Classes);
    var roleArgmax = new Metrics(RoleModel.Classes);
    for (int k = 0; k < validationAbstracts.Count; k++)
    {
        var decoded = transitions.Decode(roleScores[k]);
        for (int i = 0; i < decoded.Length; i++)
        {
            roleMetrics.Add((int)validationAbstracts[k].Roles[i], (int)decoded[i]);
            roleArgmax.Add((int)validationAbstracts[k].Roles[i], ScoreOutput.ArgMax(roleScores[k][i]));
        }
    }

    var roleLone = new Metrics(RoleModel.Classes);
    var loneScores = RoleModel.ScoreLone(roleMl, roleModel, validationAbstracts);
    foreach (var (role, scores) in validationAbstracts.SelectMany(a => a.Roles).Zip(loneScores))
    {
        roleLone.Add((int)role, ScoreOutput.ArgMax(scores));
    }

    Console.WriteLine($"sentence roles ({clock.Elapsed.TotalSeconds:0}s): validation accuracy {roleMetrics.Accuracy:P2}, macro-F1 {roleMetrics.MacroF1:0.0000} " +
        $"(without the sequence decoding: {roleArgmax.Accuracy:P2}; each sentence given alone, without neighbours or place: {roleLone.Accuracy:P2})");
    Console.WriteLine(roleMetrics.ToMarkdown());

    // The model the library embeds.
    Directory.CreateDirectory(outDir);
    roleMl.Model.Save(roleModel, roleMl.Data.LoadFromEnumerable(Array.Empty<RoleModelRow>()).Schema, Path.Combine(outDir, "sentence-roles.zip"));
    RoleModelExport.Write(roleMl, roleModel, Path.Combine(outDir, "sentence-roles.bin"));
    File.WriteAllText(Path.Combine(outDir, "sentence-roles.transitions.json"), transitions.ToJson() + "\n");
    roleFigures = new
    {
        abstracts = validationAbstracts.Count,
        sentences = roleMetrics.Total,
        accuracy = Math.Round(roleMetrics.Accuracy, 4),
        macroF1 = Math.Round(roleMetrics.MacroF1, 4),
    };
}
else
{
    // Kept from the last full run.
    using var previous = JsonDocument.Parse(File.ReadAllText(metricsFile));
    roleFigures = previous.RootElement.GetProperty("sentenceRoles").Clone();
    Console.WriteLine("sentence roles: not retrained (--only significance); model and figures kept");
}

// Significance direction (its own context, so that it trains the same whether or not the roles were trained first).
var ml = new MLContext(seed);
var statementTally = new Statements.Tally();
var (trainStatements, validationStatements) = EvidenceInference.Statements(data, statementTally);
Console.WriteLine($"statements: {statementTally.Rows} rows; dropped {statementTally.InvalidLabel} invalid label, {statementTally.IncorrectPrompt} incorrect prompt, " +
    $"{statementTally.Rejected} rejected by the verifier, {statementTally.Empty} empty, {statementTally.NoPrompt} without a prompt, {statementTally.Duplicates} duplicates; {trainStatements.Count} train, {validationStatements.Count} validation");

var significanceModel = SignificanceModel.Fit(ml, trainStatements);
var significanceScores = SignificanceModel.Score(ml, significanceModel, validationStatements);
var significanceMetrics = new Metrics(SignificanceModel.Classes);
for (int k = 0; k < validationStatements.Count; k++)
{
    significanceMetrics.Add((int)validationStatements[k].Label, ScoreOutput.ArgMax(significanceScores[k]));
}

Console.WriteLine($"significance ({clock.Elapsed.TotalSeconds:0}s): validation accuracy {significanceMetrics.Accuracy:P2}, macro-F1 {significanceMetrics.MacroF1:0.0000}");
Console.WriteLine(significanceMetrics.ToMarkdown());

// The same statements read alone, without the prompt's arms.
var aloneScores = SignificanceModel.ScoreAlone(ml, significanceModel, validationStatements);
var aloneMetrics = new Metrics(SignificanceModel.Classes);
for (int k = 0; k < validationStatements.Count; k++)
{
    aloneMetrics.Add((int)validationStatements[k].Label, ScoreOutput.ArgMax(aloneScores[k]));
}

Console.WriteLine($"significance, statements read alone without the prompt's arms: validation accuracy {aloneMetrics.Accuracy:P2}, macro-F1 {aloneMetrics.MacroF1:0.0000}");
Console.WriteLine(aloneMetrics.ToMarkdown());

var expected = new
{
    seed,
    sentenceRoles = roleFigures,
    significance = new
    {
        statements = significanceMetrics.Total,
        accuracy = Math.Round(significanceMetrics.Accuracy, 4),
        macroF1 = Math.Round(significanceMetrics.MacroF1, 4),
        alone = new
        {
            accuracy = Math.Round(aloneMetrics.Accuracy, 4),
            macroF1 = Math.Round(aloneMetrics.MacroF1, 4),
        },
    },
};
// Claim strength (its own data and context); with "--only significance" its model and figures are kept.
var expectedJson = JsonSerializer.SerializeToNode(expected)!.AsObject();
expectedJson["claimStrength"] = roles
    ? ClaimStrengthTraining.Run(options["--strength-data"], options["--strength-out"], seed)
    : JsonNode.Parse(File.ReadAllText(metricsFile))!["claimStrength"]?.DeepClone();
File.WriteAllText(metricsFile, expectedJson.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
foreach (string file in (roles ? Directory.EnumerateFiles(outDir) : Enumerable.Empty<string>()).Append(metricsFile).Order(StringComparer.Ordinal))
{
    Console.WriteLine($"wrote {file} ({new FileInfo(file).Length / 1024.0:0} KB)");
}

Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:0}s");
return 0;
