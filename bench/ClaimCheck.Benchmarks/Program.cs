using System.Globalization;
using BenchmarkDotNet.Running;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line (BenchmarkDotNet's switcher: --filter, --list). <c>claims</c> instead
/// prints, for each page of <see cref="PipelineBenchmarks"/>, its size, claims and findings, so that the allocations the
/// benchmark reports can be read per claim and per MB.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args)
    {
        if (args is ["claims"])
        {
            var papers = Papers.Read();
            foreach (int count in new[] { 29, 296, 2957 })
            {
                string text = Papers.AsPlainText(papers, Math.Min(count, papers.Count), 1);
                var result = ClaimChecker.Check(text);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{count} papers: {text.Length:N0} characters, {System.Text.Encoding.UTF8.GetByteCount(text):N0} bytes, {result.Extraction!.Claims.Count():N0} claims, {result.Findings.Length:N0} findings"));
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
