using System.Collections.Concurrent;

namespace ClaimCheck.Cli;

/// <summary>
/// Maps items on several threads and hands the results back in input order as soon as each result's
/// predecessors are done, with a bounded number of items in flight, so that a long list of inputs is
/// streamed rather than held in memory.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>
    /// Applies <paramref name="transform"/> to <paramref name="items"/> on up to <paramref name="degree"/>
    /// threads; yields the results in the order of <paramref name="items"/>. At most <paramref name="window"/>
    /// items are started and not yet yielded. <paramref name="transform"/> should not throw; if it does,
    /// enumeration rethrows when that item's turn comes.
    /// </summary>
    internal static IEnumerable<TResult> Select<TSource, TResult>(IReadOnlyList<TSource> items, Func<TSource, TResult> transform, int degree, int window)
    {
        var slots = new TaskCompletionSource<TResult>?[items.Count];
        for (int i = 0; i < slots.Length; i++)
        {
            slots[i] = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        using var stop = new CancellationTokenSource();
        using var gate = new SemaphoreSlim(window);

        // Items are handed out strictly in order (no chunking), so the items in flight are always the
        // window that follows the next one to yield, and that one is always running: no deadlock.
        IEnumerable<int> Gated()
        {
            for (int i = 0; i < slots.Length; i++)
            {
                gate.Wait(stop.Token);
                yield return i;
            }
        }

        var producer = Task.Run(() => Parallel.ForEach(
            Partitioner.Create(Gated(), EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = stop.Token },
            i =>
            {
                try
                {
                    slots[i]!.SetResult(transform(items[i]));
                }
                catch (Exception ex)
                {
                    slots[i]!.SetException(ex);
                }
            }));
        // Should the producer itself fail, no waiting consumer may hang.
        producer.ContinueWith(
            t =>
            {
                foreach (var slot in slots)
                {
                    slot?.TrySetException(t.Exception?.InnerException ?? new OperationCanceledException());
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.NotOnRanToCompletion,
            TaskScheduler.Default);

        try
        {
            for (int i = 0; i < slots.Length; i++)
            {
                var result = slots[i]!.Task.GetAwaiter().GetResult();
                slots[i] = null;
                gate.Release();
                yield return result;
            }
        }
        finally
        {
            stop.Cancel();
            try
            {
                producer.Wait();
            }
            catch (AggregateException)
            {
                // Cancelled because the consumer stopped early; the results no longer matter.
            }
        }
    }
}
