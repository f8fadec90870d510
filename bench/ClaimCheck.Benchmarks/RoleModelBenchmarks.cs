using BenchmarkDotNet.Attributes;
using ClaimCheck.Segmenting.Roles;
using ClaimCheck.Text;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// The sentence-role model on the abstracts of the first 300 Evidence Inference papers (headings removed, each paper one
/// abstract): ML.NET's prediction engine over the saved model (the baseline, how the library scored a sentence before)
/// against the library's directly scored export (<see cref="LinearRoleModel"/>) on the same prepared inputs, and the
/// whole classification of each abstract as the pipeline asks for it (normalising, scoring, decoding).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class RoleModelBenchmarks
{
    private List<List<string>> _abstracts = [];
    private RoleModelInput[] _inputs = [];
    private MlNetRow[] _rows = [];
    private PredictionEngine<MlNetRow, MlNetScore> _engine = null!;
    private LinearRoleModel _linear = null!;

    /// <summary>Splits the abstracts, prepares the inputs and loads both models (not measured).</summary>
    [GlobalSetup]
    public void Setup()
    {
        foreach (var paper in Papers.Read().Take(300))
        {
            string text = string.Join(' ', paper.Skip(1).Select(s => s.Text));
            _abstracts.Add([.. SentenceSplitter.Split(text, new TextSpan(0, text.Length)).Select(s => text.Substring(s.Start, s.Length))]);
        }

        _inputs = [.. _abstracts.SelectMany(a => RoleFeatures.Build(a))];
        _rows = [.. _inputs.Select(i => new MlNetRow { Text = i.Text, Previous = i.Previous, Next = i.Next, Position = i.Position })];
        string models = Path.Combine(RepositoryPaths.Root, "src", "ClaimCheck", "Segmenting", "Roles", "Models");
        var ml = new MLContext(seed: 0);
        _engine = ml.Model.CreatePredictionEngine<MlNetRow, MlNetScore>(ml.Model.Load(Path.Combine(models, "sentence-roles.zip"), out _));
        using (var stream = File.OpenRead(Path.Combine(models, "sentence-roles.bin")))
        {
            _linear = LinearRoleModel.Read(stream);
        }

        _ = SentenceRoleClassifier.Classify(_abstracts[0]);
        Console.WriteLine($"// {_abstracts.Count} abstracts, {_inputs.Length:N0} sentences");
    }

    /// <summary>The baseline: ML.NET's engine, one prediction per sentence.</summary>
    [Benchmark(Baseline = true)]
    public float MlNetEngine()
    {
        float sum = 0;
        foreach (var row in _rows)
        {
            sum += _engine.Predict(row).Score[0];
        }

        return sum;
    }

    /// <summary>The exported weights scored directly, on the same inputs.</summary>
    [Benchmark]
    public float DirectScore()
    {
        float sum = 0;
        foreach (var input in _inputs)
        {
            sum += _linear.Score(input)[0];
        }

        return sum;
    }

    /// <summary>What the pipeline calls per abstract: normalise the sentences, score them, decode the roles.</summary>
    [Benchmark]
    public int Classify()
    {
        int n = 0;
        foreach (var a in _abstracts)
        {
            n += SentenceRoleClassifier.Classify(a).Count;
        }

        return n;
    }

    /// <summary>ML.NET's view of one sentence (the training tool's row).</summary>
    public sealed class MlNetRow
    {
        /// <summary>The sentence, normalised.</summary>
        public string Text { get; set; } = "";

        /// <summary>The previous sentence, normalised.</summary>
        public string Previous { get; set; } = "";

        /// <summary>The next sentence, normalised.</summary>
        public string Next { get; set; } = "";

        /// <summary>The place.</summary>
        [VectorType(RoleModelInput.PositionLength)]
        public float[] Position { get; set; } = [];
    }

    /// <summary>ML.NET's output: the class probabilities.</summary>
    public sealed class MlNetScore
    {
        /// <summary>The probabilities.</summary>
        public float[] Score { get; set; } = [];
    }
}
