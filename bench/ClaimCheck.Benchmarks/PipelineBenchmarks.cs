using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// The whole pipeline on plain text (parse → extract → link → verify, <see cref="ClaimChecker.Check(string, string?)"/>)
/// against a digit scan of the same text (<c>IndexOfAnyInRange('0', '9')</c>), the baseline. <see cref="Papers"/> picks
/// the text: the first 29, 296 or all 2,957 papers as one page, so 1×, 10× and 100× the input (distinct papers: the
/// parser drops repeated paragraphs, so a text repeated would not be checked again). Runs in-process with a ShortRun
/// job and a long time limit.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LongInProcessConfig))]
public class PipelineBenchmarks
{
    private string _text = string.Empty;
    private byte[] _bytes = [];

    /// <summary>How many papers the page holds: 29, 296 or 2,957 (1×, 10×, 100×).</summary>
    [Params(29, 296, 2957)]
    public int Papers { get; set; } = 2957;

    /// <summary>Builds the text (not measured).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var papers = Benchmarks.Papers.Read();
        _text = Benchmarks.Papers.AsPlainText(papers, Math.Min(Papers, papers.Count), 1);
        _bytes = System.Text.Encoding.UTF8.GetBytes(_text);
        // Load the shipped models and warm every rule once so that the first measured call is like the others.
        _ = ClaimChecker.Check(Benchmarks.Papers.AsPlainText(papers, 3, 1));
        Console.WriteLine($"// {Papers} papers: {_text.Length:N0} characters");
    }

    /// <summary>The baseline: a vectorised scan from digit to digit.</summary>
    [Benchmark(Baseline = true)]
    public int DigitScan() => Benchmarks.Papers.CountDigits(_text);

    /// <summary>A second floor: decode the page's UTF-8 bytes, then the digit scan (what any reader of the file must do).</summary>
    [Benchmark]
    public int DecodeAndScan() => Benchmarks.Papers.CountDigits(System.Text.Encoding.UTF8.GetString(_bytes));

    /// <summary>Parse, extract, link and verify the text as one page.</summary>
    [Benchmark]
    public CheckResult Check() => ClaimChecker.Check(_text);

    // The 100× case takes tens of seconds per operation; the in-process toolchain's default limit would stop it.
    private sealed class LongInProcessConfig : ManualConfig
    {
        public LongInProcessConfig()
            => AddJob(Job.ShortRun.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
    }
}
