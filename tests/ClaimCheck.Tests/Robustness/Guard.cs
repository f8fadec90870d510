using ClaimCheck.Fuzz;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Runs a piece of the pipeline under a hang guard: on its own thread with a large stack, failing the
/// test when it has not finished within the bound. The bound is generous and is a hang detector for
/// runaway (superlinear) work, not a benchmark.
/// </summary>
internal static class Guard
{
    // Generous for a Debug build on a busy two-core machine (builds beside the tests); the inputs that were
    // quadratic took tens of minutes at these sizes, so the guard still tells a hang from a slow machine.
    internal static readonly TimeSpan HangBound = TimeSpan.FromSeconds(180);

    internal static T Run<T>(Func<T> work, TimeSpan? bound = null)
    {
        T result = default!;
        Exception? thrown = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception ex)
            {
                thrown = ex;
            }
        }, 256 * 1024 * 1024)
        { IsBackground = true };
        thread.Start();
        var limit = bound ?? HangBound;
        if (!thread.Join(limit))
        {
            Assert.Fail($"no result after {limit.TotalSeconds:N0} s: the hang guard tripped");
        }

        if (thrown is not null)
        {
            throw new AssertionException($"the pipeline threw {thrown.GetType().Name}: {thrown.Message}", thrown);
        }

        return result;
    }

    /// <summary>The whole pipeline after reading: invariants of the result, then every report writer.</summary>
    internal static CheckResult Finish(CheckResult result)
    {
        Pipeline.Verify(result, result.Path ?? "text");
        Pipeline.WriteReports(result);
        return result;
    }
}
