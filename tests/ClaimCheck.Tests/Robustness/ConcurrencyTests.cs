using ClaimCheck.Fuzz;
using ClaimCheck.Parsing;
using ClaimCheck.Verification;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// One pipeline (a shared <see cref="ThreadReader"/>, a shared <see cref="Verifier"/>, the shipped models)
/// from eight threads at once over every page of the corpus gives exactly what a sequential run gives.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;

    [Test]
    public void Eight_threads_over_the_corpus_give_the_sequential_results()
    {
        var files = Seeds.Files(Corpus.Root);
        var reader = new ThreadReader();
        var verifier = new Verifier();
        string Fingerprint(string path) => Describe(ClaimChecker.Check(reader.ReadFile(path), verifier));
        var sequential = files.Select(Fingerprint).ToList();

        var results = Enumerable.Range(0, Threads).Select(_ => new string[files.Count]).ToList();
        var errors = new List<Exception>();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                // Each thread starts at a different file, so that different pages are in flight at the same moment.
                for (int k = 0; k < files.Count; k++)
                {
                    int i = (k + (t * files.Count / Threads)) % files.Count;
                    results[t][i] = Fingerprint(files[i]);
                }
            }
            catch (Exception ex)
            {
                lock (errors)
                {
                    errors.Add(ex);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        errors.Should().BeEmpty();
        sequential.Should().Contain(f => f.Contains("CC", StringComparison.Ordinal), "the corpus gives findings to compare");
        for (int t = 0; t < Threads; t++)
        {
            for (int i = 0; i < files.Count; i++)
            {
                results[t][i].Should().Be(sequential[i], "thread {0} on {1}", t, files[i]);
            }
        }
    }

    /// <summary>Findings (id, severity, message, span, position, additional spans) and claims (kind, span, text), in order.</summary>
    private static string Describe(CheckResult result)
    {
        var lines = result.Findings.Select(f => $"{f.Id} {f.Severity} {f.Location.Span} {f.Location.Position} {f.Message} [{string.Join(",", f.AdditionalLocations.Select(a => a.Span))}]")
            .Concat((result.Extraction?.Claims ?? []).Select(c => $"{c.Kind} {c.Span} {c.Text}"))
            .Concat((result.Document?.Blocks ?? []).Select(b => $"{b.Kind} {b.Span} {b.Language}"));
        return string.Join("\n", lines);
    }
}
