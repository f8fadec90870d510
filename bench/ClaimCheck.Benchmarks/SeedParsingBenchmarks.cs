using BenchmarkDotNet.Attributes;
using ClaimCheck.Parsing;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Parsing the five seed pages (plain text saved by copy-paste) into documents, against a baseline
/// that only scans the same text for digits (<c>IndexOfAnyInRange('0', '9')</c>) in the same run.
/// </summary>
[MemoryDiagnoser]
public class SeedParsingBenchmarks
{
    private string _text = string.Empty;
    private readonly ThreadReader _reader = new();

    /// <summary>The seed file to parse.</summary>
    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = string.Empty;

    /// <summary>The seed files' names.</summary>
    public static IEnumerable<string> Seeds()
        => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Corpus, "seeds"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>Loads the seed.</summary>
    [GlobalSetup]
    public void Load() => _text = File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "seeds", Seed));

    /// <summary>Baseline: count the digits of the text.</summary>
    [Benchmark(Baseline = true)]
    public int DigitScan()
    {
        int count = 0;
        var rest = _text.AsSpan();
        for (int i = rest.IndexOfAnyInRange('0', '9'); i >= 0; i = rest.IndexOfAnyInRange('0', '9'))
        {
            count++;
            rest = rest[(i + 1)..];
        }

        return count;
    }

    /// <summary>Parse the page into posts and blocks.</summary>
    [Benchmark]
    public int Parse() => _reader.Parse(_text).Posts.Length;

    /// <summary>Parse, extract and verify: the whole pipeline.</summary>
    [Benchmark]
    public int Check() => ClaimChecker.Check(_text).Findings.Length;
}
