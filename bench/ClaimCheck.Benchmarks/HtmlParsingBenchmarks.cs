using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using ClaimCheck.Documents;
using ClaimCheck.Parsing;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Parsing the ten saved forum pages of ../shared/data/forum-html (third-party, never committed: docs/data.md): ClaimCheck's HTML reader (DOM, profile,
/// text, blocks, sentences) and the whole pipeline (reader, extraction, linking, rules) against AngleSharp's
/// own parse of the same decoded string, the baseline. Decoding is left out of all three.
/// </summary>
[MemoryDiagnoser]
public class HtmlParsingBenchmarks
{
    private readonly ThreadReader _reader = new(new ReaderOptions { Format = InputFormat.Html });
    private readonly Verification.Verifier _verifier = new();
    private HtmlParser _angleSharp = new();
    private string _html = string.Empty;

    /// <summary>The pages by a short name (BenchmarkDotNet cuts longer parameter values), relative to ../shared/data/forum-html.</summary>
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["xf-katzen"] = "xenforo/katzen-forum.net-Pepe.html",
        ["xf-villagers"] = "xenforo/villagersandheroes.com.forums.patchnotes.html",
        ["xf-marshall"] = "xenforo/marshallforum.com-be673eda133d.html",
        ["xf-hypixel"] = "xenforo/hypixel.net-1552005464.html",
        ["dc-uipath-566030b8"] = "discourse/forum.uipath.com-566030b8de34.html",
        ["dc-uipath-a11ddefa"] = "discourse/forum.uipath.com-a11ddefa8af0.html",
        ["phpbb-myoos"] = "phpbb/foren.myoos.de.html",
        ["phpbb-debian"] = "phpbb/forums.debian.net-5d5c1f0e282c.html",
        ["vb4-pocketpc"] = "vbulletin/pocketpc.ch.auslieferung.html",
        ["vb5-worldaffairs"] = "vbulletin/worldaffairsboard.com-717e9d39a4c7.html",
    };

    /// <summary>The short names of the pages.</summary>
    public static IEnumerable<string> Pages => Files.Keys;

    /// <summary>The short name of the page being parsed.</summary>
    [ParamsSource(nameof(Pages))]
    public string Page { get; set; } = string.Empty;

    /// <summary>Decodes the page as the reader does (its declared charset honoured) and makes AngleSharp's parser.</summary>
    [GlobalSetup]
    public void Setup()
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.SharedData("forum-html"), Files[Page]));
        _html = InputDecoder.Decode(bytes, bytes.Length, ReaderOptions.Default).Text
            ?? throw new InvalidOperationException($"{Page} cannot be decoded.");
        _angleSharp = new HtmlParser();
    }

    /// <summary>AngleSharp's HTML5 parse of the string into a DOM, nothing more.</summary>
    [Benchmark(Baseline = true)]
    public IDocument AngleSharpParseDocument() => _angleSharp.ParseDocument(_html);

    /// <summary>ClaimCheck's parse of the string into a document (posts, blocks, sentences, source map).</summary>
    [Benchmark]
    public ThreadDocument ClaimCheckParse() => _reader.Parse(_html);

    /// <summary>The whole pipeline on the page: the same parse, then extraction, linking and every rule.</summary>
    [Benchmark]
    public CheckResult ClaimCheckPipeline()
    {
        var document = _reader.Parse(_html);
        return ClaimChecker.Check(new ReadResult(null, document, document.InputFindings), _verifier);
    }
}
