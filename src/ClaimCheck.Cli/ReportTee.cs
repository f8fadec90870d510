using System.Collections.Concurrent;
using ClaimCheck.Cli.Config;

namespace ClaimCheck.Cli;

/// <summary>
/// Writes several reports from one lazy pass over the results: each report's writer runs on its own thread
/// and reads the results from a small bounded queue, so documents are still dropped as soon as every
/// report has written them. One report is written on the calling thread, as before.
/// </summary>
internal static class ReportTee
{
    private const int Capacity = 16;

    /// <summary>Calls <paramref name="write"/> once per target with the same results, enumerating <paramref name="results"/> once.</summary>
    internal static void Run<T>(IReadOnlyList<ReportTarget> targets, IEnumerable<T> results, Action<ReportTarget, IEnumerable<T>> write)
    {
        if (targets.Count == 1)
        {
            write(targets[0], results);
            return;
        }

        using var failed = new CancellationTokenSource();
        var queues = targets.Select(_ => new BlockingCollection<T>(Capacity)).ToList();
        var writers = targets.Select((target, i) => Task.Run(() =>
        {
            try
            {
                write(target, queues[i].GetConsumingEnumerable());
            }
            catch
            {
                // Stop the producer, which may be waiting for room in this writer's queue.
                failed.Cancel();
                throw;
            }
        })).ToList();
        try
        {
            foreach (var result in results)
            {
                foreach (var queue in queues)
                {
                    queue.Add(result, failed.Token);
                }
            }
        }
        catch (OperationCanceledException) when (failed.IsCancellationRequested)
        {
            // A writer failed; its exception is thrown below.
        }
        finally
        {
            foreach (var queue in queues)
            {
                queue.CompleteAdding();
            }
        }

        try
        {
            Task.WaitAll(writers);
        }
        catch (AggregateException ex)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        finally
        {
            foreach (var queue in queues)
            {
                queue.Dispose();
            }
        }
    }
}
