using System.Diagnostics;
using System.Globalization;

namespace ClaimCheck.Fuzz;

/// <summary>Settings of one fuzzing run.</summary>
public sealed record FuzzSettings
{
    /// <summary>The run's seed: iteration i of seed s is always the same input.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The most inputs to try.</summary>
    public long Iterations { get; init; } = long.MaxValue;

    /// <summary>Stop starting new inputs after this long.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The hang guard: an input that takes longer than this is a failure. It is not a benchmark: it is
    /// generous (inputs are up to <see cref="Mutator.MaxInputBytes"/>) so that only runaway work trips it.
    /// </summary>
    public TimeSpan PerInputLimit { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Where failing inputs are written (created when needed), or null to keep them in memory only.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>Stop at the first failure (the default; a hang leaves a thread running, so going on is not useful).</summary>
    public bool StopAtFirstFailure { get; init; } = true;
}

/// <summary>One failing input: which iteration, how it was made, what went wrong, and where it was saved.</summary>
/// <param name="Iteration">The iteration that produced it.</param>
/// <param name="Mutations">The seed index and mutations applied.</param>
/// <param name="Kind">exception, invariant or hang.</param>
/// <param name="Message">The exception or the broken invariant.</param>
/// <param name="Input">The input's bytes.</param>
/// <param name="SavedTo">The file it was written to, or null.</param>
public sealed record FuzzFailure(long Iteration, string Mutations, string Kind, string Message, byte[] Input, string? SavedTo);

/// <summary>What a run did.</summary>
/// <param name="Iterations">Inputs tried.</param>
/// <param name="Elapsed">Wall-clock time.</param>
/// <param name="SlowestIteration">The iteration that took longest.</param>
/// <param name="Slowest">How long it took.</param>
/// <param name="Failures">The failing inputs.</param>
/// <param name="BytesTried">The total size of the inputs tried.</param>
public sealed record FuzzSummary(long Iterations, TimeSpan Elapsed, long SlowestIteration, TimeSpan Slowest, IReadOnlyList<FuzzFailure> Failures, long BytesTried)
{
    /// <summary>One line for a console or a test log.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Iterations:N0} inputs ({BytesTried / 1e6:N1} MB) in {Elapsed.TotalSeconds:N1} s, {Failures.Count} failing; slowest: iteration {SlowestIteration} in {Slowest.TotalMilliseconds:N0} ms");
}

/// <summary>The fuzzing loop: mutates seeds, runs each input through <see cref="Pipeline"/> under the hang guard, and keeps the failures.</summary>
public static class FuzzRun
{
    /// <summary>The input of iteration <paramref name="iteration"/> of <paramref name="seed"/>, and the string form when that iteration also checks a .NET string.</summary>
    public static (byte[] Bytes, string? Text, string Mutations) InputAt(Mutator mutator, int seed, long iteration)
    {
        ArgumentNullException.ThrowIfNull(mutator);
        // One generator per iteration, seeded from (seed, iteration): any input is reproduced without replaying the ones before it.
        var random = new Random(Mix(seed, iteration));
        byte[] bytes = mutator.Next(random, out string mutations);
        string? text = random.Next(4) == 0 ? Mutator.ToHostileString(random, bytes) : null;
        return (bytes, text, text is null ? mutations : mutations + ", as a string");
    }

    /// <summary>Runs the loop over <paramref name="mutator"/>'s seeds with <paramref name="settings"/>; <paramref name="log"/> receives progress lines.</summary>
    public static FuzzSummary Run(Mutator mutator, FuzzSettings settings, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(mutator);
        ArgumentNullException.ThrowIfNull(settings);
        var failures = new List<FuzzFailure>();
        var watch = Stopwatch.StartNew();
        long iteration = 0, slowestIteration = -1, bytes = 0;
        var slowest = TimeSpan.Zero;
        var nextReport = TimeSpan.FromSeconds(10);
        string? current = settings.OutputFolder is null ? null : Path.Combine(settings.OutputFolder, "current-input.bin");
        if (settings.OutputFolder is not null)
        {
            Directory.CreateDirectory(settings.OutputFolder);
        }

        for (; iteration < settings.Iterations && watch.Elapsed < settings.TimeLimit; iteration++)
        {
            var (input, text, mutations) = InputAt(mutator, settings.Seed, iteration);
            bytes += input.Length;
            if (current is not null)
            {
                // A stack overflow ends the process without a catch: the input in flight is left on disk.
                File.WriteAllBytes(current, input);
            }

            var outcome = Execute(input, text, settings.PerInputLimit);
            if (outcome.Elapsed > slowest)
            {
                slowest = outcome.Elapsed;
                slowestIteration = iteration;
            }

            if (outcome.Kind is not null)
            {
                string? saved = Save(settings, iteration, input, text, mutations, outcome.Kind, outcome.Message!);
                var failure = new FuzzFailure(iteration, mutations, outcome.Kind, outcome.Message!, input, saved);
                failures.Add(failure);
                log?.WriteLine($"FAIL iteration {iteration} ({mutations}): {outcome.Kind}: {FirstLine(outcome.Message!)}{(saved is null ? "" : " → " + saved)}");
                if (settings.StopAtFirstFailure || outcome.Kind == "hang")
                {
                    iteration++;
                    break;
                }
            }

            if (log is not null && watch.Elapsed > nextReport)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalSeconds:N0} s: {iteration + 1:N0} inputs, {failures.Count} failing"));
                nextReport += TimeSpan.FromSeconds(10);
            }
        }

        if (current is not null && File.Exists(current))
        {
            File.Delete(current);
        }

        return new FuzzSummary(iteration, watch.Elapsed, slowestIteration, slowest, failures, bytes);
    }

    /// <summary>Runs one input under the hang guard: (null, null) when all is well, else the kind of failure and its message.</summary>
    public static (string? Kind, string? Message, TimeSpan Elapsed) Execute(byte[] input, string? text, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        Exception? thrown = null;
        // A thread of its own with a large stack: deep recursion shows as a hang or an exception here rather
        // than as the loop's thread dying, and an input that never ends can be left behind.
        var thread = new Thread(() =>
        {
            try
            {
                Pipeline.Run(input, text);
            }
            catch (Exception ex)
            {
                thrown = ex;
            }
        }, 256 * 1024 * 1024)
        { IsBackground = true, Name = "fuzz input" };
        thread.Start();
        if (!thread.Join(limit))
        {
            return ("hang", $"no result after {limit.TotalSeconds:N0} s (the hang guard)", watch.Elapsed);
        }

        watch.Stop();
        return thrown switch
        {
            null => (null, null, watch.Elapsed),
            InvariantException invariant => ("invariant", invariant.Message, watch.Elapsed),
            _ => ("exception", thrown.ToString(), watch.Elapsed),
        };
    }

    private static string? Save(FuzzSettings settings, long iteration, byte[] input, string? text, string mutations, string kind, string message)
    {
        if (settings.OutputFolder is null)
        {
            return null;
        }

        string stem = Path.Combine(settings.OutputFolder, string.Create(CultureInfo.InvariantCulture, $"{kind}-seed{settings.Seed}-iter{iteration}"));
        File.WriteAllBytes(stem + ".bin", input);
        if (text is not null)
        {
            File.WriteAllText(stem + ".string.txt", text, new System.Text.UnicodeEncoding(false, false, false));
        }

        File.WriteAllText(stem + ".txt", $"seed {settings.Seed}, iteration {iteration}\n{mutations}\n{kind}: {message}\n");
        return stem + ".bin";
    }

    /// <summary>SplitMix64 of (seed, iteration): deterministic across processes, unlike <see cref="HashCode"/>.</summary>
    private static int Mix(int seed, long iteration)
    {
        ulong z = unchecked(((ulong)(uint)seed << 32) ^ (ulong)iteration) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd();
}
