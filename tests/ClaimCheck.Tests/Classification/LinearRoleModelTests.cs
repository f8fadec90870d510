using ClaimCheck.Documents;
using ClaimCheck.Parsing;
using ClaimCheck.Segmenting.Roles;
using ClaimCheck.Train;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ClaimCheck.Tests.Classification;

/// <summary>
/// The library scores the sentence-role model without ML.NET (<see cref="LinearRoleModel"/>, the weights exported by
/// the training tool). Here the embedded export and ML.NET's own prediction engine over the saved model
/// (Segmenting/Roles/Models/sentence-roles.zip) are given the same sentences — each block of a page as an abstract,
/// and each sentence alone — and must agree exactly: the same feature vector, the same probabilities to the last bit,
/// hence the same roles.
/// </summary>
public sealed class LinearRoleModelTests
{
    private static readonly string ModelsFolder = Path.Combine(Corpus.RepositoryRoot, "src", "ClaimCheck", "Segmenting", "Roles", "Models");

    private static readonly Lazy<LinearRoleModel> Embedded = new(() =>
    {
        using var stream = typeof(LinearRoleModel).Assembly.GetManifestResourceStream("ClaimCheck.Models.sentence-roles.bin")!;
        return LinearRoleModel.Read(stream);
    });

    [Test]
    public void The_bundled_corpus_and_fixtures_score_as_in_MLNET()
    {
        var files = Directory.EnumerateFiles(Corpus.Root, "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Corpus.RepositoryRoot, "tests", "ClaimCheck.Tests", "Parsing", "SavedForms", "Fixtures")))
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        int sentences = Compare(Blocks(files));

        sentences.Should().BeGreaterThan(200, "the corpus pages and fixtures hold 239 sentences");
    }

    [Test]
    public void The_validation_abstracts_papers_and_forum_pages_score_as_in_MLNET()
    {
        var abstracts = ValidationSets.RoleAbstracts().Select(a => a.Sentences);
        // Every tenth of the Evidence Inference papers (whole articles, read as the command-line tool reads them: most
        // of the model's work in the findings snapshot) and the saved forum pages.
        var papers = Directory.EnumerateFiles(SharedData.Require(Path.Combine("evidence-inference", "abstracts-dev")), "*.abst")
            .Order(StringComparer.Ordinal).Where((_, i) => i % 10 == 0);
        var forum = Directory.EnumerateFiles(SharedData.Require("forum-html"), "*.html");

        int sentences = Compare(abstracts.Concat(Blocks(papers)).Concat(Blocks(forum)));

        sentences.Should().BeGreaterThan(10_000, "the validation abstracts alone hold 2,657 sentences, the papers many more");
    }

    [Test]
    public void A_sentence_of_unknown_words_gets_the_bias_and_place_only()
    {
        var input = RoleFeatures.Lone("zzqx qqzv");

        var (indices, values) = Embedded.Value.Featurize(input);

        indices.Should().HaveCount(RoleModelInput.PositionLength, "no n-gram is known: only the place's values remain");
        values.Should().OnlyContain(v => v == 0);
        Embedded.Value.Score(input).Sum().Should().BeApproximately(1, 1e-5f);
    }

    [Test]
    public void A_truncated_model_file_is_refused()
    {
        using var whole = new MemoryStream();
        Embedded.Value.Write(whole);
        using var truncated = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(truncated, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        {
            using var read = new System.IO.Compression.GZipStream(new MemoryStream(whole.ToArray()), System.IO.Compression.CompressionMode.Decompress);
            var head = new byte[1000];
            read.ReadExactly(head);
            gzip.Write(head);
        }

        truncated.Position = 0;
        FluentActions.Invoking(() => LinearRoleModel.Read(truncated)).Should().Throw<InvalidDataException>();
    }

    [Test]
    public void The_library_does_not_load_MLNET()
        => typeof(ClaimPipeline).Assembly.GetReferencedAssemblies().Select(a => a.Name).Should().NotContain(n => n!.StartsWith("Microsoft.ML", StringComparison.Ordinal),
            "both shipped models are scored from their exported weights");

    [TestCase("|", new[] { "|" })]
    [TestCase("|||", new[] { "|", "|" })]
    [TestCase("||a", new[] { "|", "a" })]
    [TestCase("a||", new[] { "a", "|" })]
    [TestCase("of|the", new[] { "of", "the" })]
    [TestCase("0.0", new[] { "0.0" })]
    public void Slot_names_split_into_their_words(string name, string[] words) => RoleModelExport.Ngram(name).Should().Equal(words);

    /// <summary>The sentences of each block of each file, as the pipeline would give them to the model.</summary>
    private static IEnumerable<IReadOnlyList<string>> Blocks(IEnumerable<string> files)
    {
        var reader = new ThreadReader();
        foreach (string file in files)
        {
            var document = reader.ReadFile(file).Document;
            if (document is null)
            {
                continue;
            }

            foreach (var block in document.Blocks.Where(b => b.Sentences.Length > 0))
            {
                yield return [.. block.Sentences.Select(s => s.Text)];
            }
        }
    }

    /// <summary>Scores every block as an abstract and every sentence alone both ways; returns the number of sentences.</summary>
    private static int Compare(IEnumerable<IReadOnlyList<string>> blocks)
    {
        var ml = new MLContext(seed: 0);
        var model = ml.Model.Load(Path.Combine(ModelsFolder, "sentence-roles.zip"), out _);
        var engine = ml.Model.CreatePredictionEngine<RoleModelRow, MlNetOutput>(model);
        RoleTransitions transitions;
        using (var json = File.OpenRead(Path.Combine(ModelsFolder, "sentence-roles.transitions.json")))
        {
            transitions = RoleTransitions.FromJson(json);
        }

        var linear = Embedded.Value;
        var mismatches = new List<string>();
        int sentences = 0;
        foreach (var block in blocks)
        {
            sentences += block.Count;
            var inputs = RoleFeatures.Build(block).Concat(block.Count > 1 ? block.Select(RoleFeatures.Lone) : []);
            var expectedScores = new List<float[]>();
            foreach (var input in inputs)
            {
                var expected = engine.Predict(RoleModelRow.Of(input));
                var (indices, values) = linear.Featurize(input);
                var scores = linear.Score(input);
                if (!expected.Features.GetIndices().SequenceEqual(indices) || !Bits(expected.Features.GetValues().ToArray()).SequenceEqual(Bits(values)))
                {
                    mismatches.Add($"features of «{input.Text}» (previous «{input.Previous}»)");
                }
                else if (!Bits(expected.Score).SequenceEqual(Bits(scores)))
                {
                    mismatches.Add($"scores of «{input.Text}»: {string.Join(" ", expected.Score.Select(s => s.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))} against {string.Join(" ", scores.Select(s => s.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}");
                }

                expectedScores.Add(expected.Score);
            }

            // The roles the classifier gives the block: ML.NET's probabilities decoded as before.
            var expectedRoles = block.Count == 1 ? [(SentenceRole)ScoreOutput.ArgMax(expectedScores[0])] : transitions.Decode(expectedScores.Take(block.Count).ToList());
            var roles = SentenceRoleClassifier.Classify(block);
            if (!roles.SequenceEqual(expectedRoles))
            {
                mismatches.Add($"roles of the block «{block[0]}»: {string.Join(",", roles)} against {string.Join(",", expectedRoles)}");
            }
        }

        mismatches.Should().BeEmpty("the directly scored model reproduces ML.NET exactly");
        return sentences;
    }

    private static int[] Bits(float[] values) => [.. values.Select(BitConverter.SingleToInt32Bits)];

    /// <summary>What ML.NET's engine gives: the concatenated feature vector and the class probabilities.</summary>
    private sealed class MlNetOutput
    {
        public VBuffer<float> Features { get; set; }

        public float[] Score { get; set; } = [];
    }
}
