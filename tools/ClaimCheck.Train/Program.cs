using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Classification;
using ClaimCheck.Documents;
using ClaimCheck.Segmenting.Roles;
using ClaimCheck.Train;
using Microsoft.ML;

// Trains the two shipped classifiers on Evidence Inference (train split), measures them on the validation split,
// and writes the model files the library embeds plus the validation material and figures the tests check.
var options = new Dictionary<string, string>
{
    ["--data"] = "../shared/data/evidence-inference",
    ["--out"] = "src/ClaimCheck/Classification/Models",
    ["--corpus"] = "corpus/ml",
    ["--seed"] = "20190601",
    ["--only"] = "",
};
const string Usage = "usage: ClaimCheck.Train [--data DIR] [--out DIR] [--corpus DIR] [--seed N] [--only significance]   (run from the repository root)";
for (int i = 0; i < args.Length; i++)
{
    if (!options.ContainsKey(args[i]) || i + 1 >= args.Length)
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }

    options[args[i]] = args[++i];
}

if (options["--only"] is not ("" or "significance"))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

// "--only significance" retrains the significance model alone and keeps the sentence-role model, its validation
// material and its recorded figures as they are.
bool roles = options["--only"] != "significance";

string data = options["--data"];
if (!File.Exists(Path.Combine(data, "v2_annotations.csv")))
{
    Console.Error.WriteLine($"Evidence Inference data not found in {Path.GetFullPath(data)} (expected v2_annotations.csv, abstracts-dev/, splits/).");
    return 1;
}

int seed = int.Parse(options["--seed"], CultureInfo.InvariantCulture);
string outDir = options["--out"];
string corpusDir = options["--corpus"];
Directory.CreateDirectory(outDir);
Directory.CreateDirectory(corpusDir);

var train = ReadIds("train_article_ids.txt");
var validation = ReadIds("validation_article_ids.txt");
var clock = Stopwatch.StartNew();

// Sentence roles.
object? roleFigures = null;
if (roles)
{
    var abstractTally = new Abstracts.Tally();
    var trainAbstracts = new List<LabelledAbstract>();
    var validationAbstracts = new List<LabelledAbstract>();
    foreach (string file in Directory.EnumerateFiles(Path.Combine(data, "abstracts-dev"), "PMC*.abst").Order(StringComparer.Ordinal))
    {
        string id = Path.GetFileNameWithoutExtension(file)[3..];
        var target = train.Contains(id) ? trainAbstracts : validation.Contains(id) ? validationAbstracts : null;
        if (target is not null && Abstracts.Read(id, file, abstractTally) is { } a)
        {
            target.Add(a);
        }
    }

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

    // The models the library embeds, and what the tests measure them against.
    roleMl.Model.Save(roleModel, roleMl.Data.LoadFromEnumerable(Array.Empty<RoleModelInput>()).Schema, Path.Combine(outDir, "sentence-roles.zip"));
    File.WriteAllText(Path.Combine(outDir, "sentence-roles.transitions.json"), transitions.ToJson() + "\n");
    WriteJsonLines(Path.Combine(corpusDir, "sentence-roles.validation.jsonl"), validationAbstracts.Select(a => new
    {
        article = a.ArticleId,
        sentences = a.Sentences,
        roles = a.Roles.Select(r => r.ToString()),
    }));
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
    using var previous = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpusDir, "expected-metrics.json")));
    roleFigures = previous.RootElement.GetProperty("sentenceRoles").Clone();
    Console.WriteLine("sentence roles: not retrained (--only significance); model, validation material and figures kept");
}

// Significance direction (its own context, so that it trains the same whether or not the roles were trained first).
var ml = new MLContext(seed);
var statementTally = new Statements.Tally();
var statements = Statements.Read(Path.Combine(data, "v2_annotations.csv"), Path.Combine(data, "prompts_merged.csv"), statementTally);
var trainStatements = statements.Where(s => train.Contains(s.ArticleId)).ToList();
var validationStatements = statements.Where(s => validation.Contains(s.ArticleId)).ToList();
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

// The same statements read alone, as SignificanceClassifier.Classify(string) reads them.
var aloneScores = SignificanceModel.ScoreAlone(ml, significanceModel, validationStatements);
var aloneMetrics = new Metrics(SignificanceModel.Classes);
for (int k = 0; k < validationStatements.Count; k++)
{
    aloneMetrics.Add((int)validationStatements[k].Label, ScoreOutput.ArgMax(aloneScores[k]));
}

Console.WriteLine($"significance, statements read alone without the prompt's arms: validation accuracy {aloneMetrics.Accuracy:P2}, macro-F1 {aloneMetrics.MacroF1:0.0000}");
Console.WriteLine(aloneMetrics.ToMarkdown());

ml.Model.Save(significanceModel, ml.Data.LoadFromEnumerable(Array.Empty<SignificanceModelInput>()).Schema, Path.Combine(outDir, "significance.zip"));
WriteJsonLines(Path.Combine(corpusDir, "significance.validation.jsonl"), validationStatements.Select(s => new
{
    article = s.ArticleId,
    label = s.Label.ToString(),
    text = s.Text,
    intervention = s.Intervention,
    comparator = s.Comparator,
    outcome = s.Outcome,
}));
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
File.WriteAllText(Path.Combine(corpusDir, "expected-metrics.json"), JsonSerializer.Serialize(expected, new JsonSerializerOptions { WriteIndented = true }) + "\n");
foreach (string file in Directory.EnumerateFiles(outDir).Concat(Directory.EnumerateFiles(corpusDir, "*.json*")).Order(StringComparer.Ordinal))
{
    Console.WriteLine($"wrote {file} ({new FileInfo(file).Length / 1024.0:0} KB)");
}

Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:0}s");
return 0;

HashSet<string> ReadIds(string name)
    => [.. File.ReadLines(Path.Combine(data, "splits", name)).Select(l => l.Trim()).Where(l => l.Length > 0)];

static void WriteJsonLines<T>(string path, IEnumerable<T> items)
{
    using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
    // The relaxed encoder keeps "±", "≤" and accented letters readable in the checked-in files.
    var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    foreach (var item in items)
    {
        writer.WriteLine(JsonSerializer.Serialize(item, options));
    }
}
