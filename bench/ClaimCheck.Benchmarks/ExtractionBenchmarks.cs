using System.Text;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ClaimCheck.Diagnostics;
using ClaimCheck.Documents;
using ClaimCheck.Extraction;
using ClaimCheck.Parsing.Layout;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Claim extraction over the title and abstract of the 2,957 Evidence Inference papers
/// (../shared/data/evidence-inference/abstracts-dev, third-party, never committed: docs/data.md), concatenated into one document (one block per paper, one paragraph per
/// section, sentences split in the set-up), repeated <see cref="Scale"/> times. The baseline only
/// scans the same text for digits with <c>IndexOfAnyInRange('0', '9')</c>. Runs in-process (the
/// corpus is found from the working directory) with a ShortRun job whose time limit allows the 100×
/// case (about 30 s per operation on 2 cores); run it without <c>--job</c> or <c>--inProcess</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LongInProcessConfig))]
public class ExtractionBenchmarks
{
    private ThreadDocument _document = null!;

    /// <summary>How many copies of the papers the document holds: 1×, 10×, 100× the text.</summary>
    [Params(1, 10, 100)]
    public int Scale { get; set; }

    /// <summary>Reads the papers and builds the document (parsing and sentence splitting are not measured).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var papers = ReadPapers();
        var text = new StringBuilder();
        var blocks = new List<List<BlockFactory.ParagraphSpan>>();
        for (int copy = 0; copy < Scale; copy++)
        {
            foreach (var sections in papers)
            {
                var paragraphs = new List<BlockFactory.ParagraphSpan>(sections.Count);
                foreach (string section in sections)
                {
                    paragraphs.Add(new BlockFactory.ParagraphSpan(ParagraphKind.Body, new TextSpan(text.Length, section.Length), null));
                    text.Append(section).Append('\n');
                }

                blocks.Add(paragraphs);
            }
        }

        var source = SourceText.From(text.ToString());
        var built = blocks.Select(b => BlockFactory.Create(source, BlockKind.ArticleText, b, null)).ToImmutableArray();
        _document = new ThreadDocument(source, DocumentKind.PlainText, null, null, [new Post(1, null, null, built)], ImmutableArray<Finding>.Empty);
        Console.WriteLine($"// {papers.Count} papers × {Scale}: {source.Length:N0} characters, {built.Sum(b => b.Sentences.Length):N0} sentences");
    }

    /// <summary>The baseline: jumps from digit to digit through the text and counts the jumps.</summary>
    [Benchmark(Baseline = true)]
    public int DigitScan() => Papers.CountDigits(_document.Source.Text);

    /// <summary>Extracts every claim of every block.</summary>
    [Benchmark]
    public ExtractionResult Extract() => ClaimExtractor.Extract(_document);

    // The in-process toolchain's default limit stops the 100× case; 30 minutes leaves it room.
    private sealed class LongInProcessConfig : ManualConfig
    {
        public LongInProcessConfig()
            => AddJob(Job.ShortRun.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
    }

    private static List<List<string>> ReadPapers() => Papers.Read().Select(p => p.Select(s => s.Text).ToList()).ToList();
}
