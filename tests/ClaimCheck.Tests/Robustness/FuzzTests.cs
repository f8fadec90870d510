using System.Diagnostics;
using ClaimCheck.Fuzz;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// A short fixed-seed run of the mutation fuzzer (tools/ClaimCheck.Fuzz) over every page of corpus/:
/// each input goes through reading, extraction, verification, comparison and all report writers, and
/// must give findings, never an exception, a broken invariant or a hang. Longer runs: docs/robustness.md.
/// </summary>
[Category("Fuzz")]
public sealed class FuzzTests
{
    // Well under the CI's two minutes even on a loaded machine: the loop stops starting inputs after this.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    [Test]
    public void A_fixed_seed_run_finds_no_failure()
    {
        string output = Path.Combine(TestContext.CurrentContext.WorkDirectory, "fuzz-failures");
        var mutator = new Mutator(Seeds.Load(Corpus.Root));
        var settings = new FuzzSettings { Seed = 20260401, Iterations = 2_500, TimeLimit = Budget, OutputFolder = output, StopAtFirstFailure = false, PerInputLimit = TimeSpan.FromSeconds(20) };
        var log = new StringWriter();

        var watch = Stopwatch.StartNew();
        var summary = FuzzRun.Run(mutator, settings, log);
        watch.Stop();

        TestContext.Out.WriteLine(summary);
        TestContext.Out.WriteLine($"duration: {watch.Elapsed.TotalSeconds:N1} s");
        foreach (var failure in summary.Failures.Where(f => f.SavedTo is not null))
        {
            TestContext.AddTestAttachment(failure.SavedTo!, $"{failure.Kind} at iteration {failure.Iteration}: {failure.Mutations}");
        }

        summary.Iterations.Should().BeGreaterThan(0);
        summary.Failures.Should().BeEmpty(
            "every failing input is saved under {0} (replay: dotnet run --project tools/ClaimCheck.Fuzz -- --seed {1} --iteration N):\n{2}",
            output, settings.Seed, log.ToString());
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Folder_trees_with_links_loops_pipes_sockets_unreadable_entries_and_huge_streams_find_no_failure()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("named pipes, sockets and file modes of Unix");
        }

        var log = new StringWriter();

        // 20 trees, two of them with an 80–200 MB streamed input.
        var failures = FileSystemFuzz.Run(new Mutator(Seeds.Load(Corpus.Root)), 20260401, 20, TimeSpan.FromSeconds(60), log);

        failures.Should().BeEmpty(log.ToString());
    }

    [Test]
    public void The_same_seed_gives_the_same_inputs()
    {
        var mutator = new Mutator(Seeds.Load(Corpus.Root));

        var first = Enumerable.Range(0, 20).Select(i => FuzzRun.InputAt(mutator, 7, i)).ToList();
        var second = Enumerable.Range(0, 20).Select(i => FuzzRun.InputAt(mutator, 7, i)).ToList();

        second.Select(x => x.Bytes).Should().BeEquivalentTo(first.Select(x => x.Bytes), o => o.WithStrictOrdering());
        second.Select(x => x.Mutations).Should().Equal(first.Select(x => x.Mutations));
        FuzzRun.InputAt(mutator, 8, 0).Bytes.Should().NotEqual(first[0].Bytes);
    }
}
