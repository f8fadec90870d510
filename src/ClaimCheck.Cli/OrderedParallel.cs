using System.Runtime.ExceptionServices;

namespace ClaimCheck.Cli;

/// <summary>
/// Maps items on several threads and hands the results back in input order as soon as each result's
/// predecessors are done, with a bounded number of items in flight, so that a long list of inputs is
/// streamed rather than held in memory. With one thread the items are mapped inline, on the consumer's thread.
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
        => degree <= 1 || items.Count <= 1 ? Inline(items, transform) : Threaded(items, transform, degree, Math.Max(1, window));

    // One job: no worker thread and no hand-off; the consumer maps each item when it asks for it.
    private static IEnumerable<TResult> Inline<TSource, TResult>(IReadOnlyList<TSource> items, Func<TSource, TResult> transform)
    {
        foreach (var item in items)
        {
            yield return transform(item);
        }
    }

    private static IEnumerable<TResult> Threaded<TSource, TResult>(IReadOnlyList<TSource> items, Func<TSource, TResult> transform, int degree, int window)
    {
        var handoff = new Handoff<TSource, TResult>(items, transform, window);
        var workers = new Thread[Math.Min(degree, items.Count)];
        for (int w = 0; w < workers.Length; w++)
        {
            workers[w] = new Thread(handoff.Work) { IsBackground = true, Name = "claimcheck worker " + (w + 1) };
            workers[w].Start();
        }

        try
        {
            for (int i = 0; i < items.Count; i++)
            {
                yield return handoff.Take(i);
            }
        }
        finally
        {
            // The consumer is done (or stopped early): idle workers leave, busy ones finish their item first.
            handoff.Stop();
            foreach (var worker in workers)
            {
                worker.Join();
            }
        }
    }

    /// <summary>
    /// The shared state of workers and consumer under one lock. Whoever cannot go on waits on the lock (Monitor.Wait
    /// blocks without spinning), and whoever changes what the others wait for wakes them: a worker when it finishes an
    /// item, the consumer when it takes one (which may open the window).
    /// </summary>
    private sealed class Handoff<TSource, TResult>(IReadOnlyList<TSource> items, Func<TSource, TResult> transform, int window)
    {
        private readonly object _signal = new();
        private readonly Slot[] _slots = new Slot[items.Count];
        private int _next;
        private int _taken;
        private bool _stopped;

        /// <summary>A worker's loop: takes the next item while the window allows, maps it and stores the result.</summary>
        internal void Work()
        {
            while (true)
            {
                int i;
                lock (_signal)
                {
                    // Items are handed out strictly in order, so the next one to yield is always started: no deadlock.
                    while (!_stopped && _next < items.Count && _next - _taken >= window)
                    {
                        Monitor.Wait(_signal);
                    }

                    if (_stopped || _next >= items.Count)
                    {
                        return;
                    }

                    i = _next++;
                }

                Slot slot;
                try
                {
                    slot = new Slot(transform(items[i]), null, true);
                }
                catch (Exception ex)
                {
                    slot = new Slot(default, ExceptionDispatchInfo.Capture(ex), true);
                }

                lock (_signal)
                {
                    _slots[i] = slot;
                    Monitor.PulseAll(_signal);
                }
            }
        }

        /// <summary>Waits for item <paramref name="i"/> (the next in order) and hands its result over.</summary>
        internal TResult Take(int i)
        {
            Slot slot;
            lock (_signal)
            {
                while (!_slots[i].Done)
                {
                    Monitor.Wait(_signal);
                }

                slot = _slots[i];
                _slots[i] = default;
                _taken = i + 1;
                Monitor.PulseAll(_signal);
            }

            slot.Error?.Throw();
            return slot.Value!;
        }

        /// <summary>Lets every waiting worker leave.</summary>
        internal void Stop()
        {
            lock (_signal)
            {
                _stopped = true;
                Monitor.PulseAll(_signal);
            }
        }

        private readonly record struct Slot(TResult? Value, ExceptionDispatchInfo? Error, bool Done);
    }
}
