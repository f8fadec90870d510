namespace ClaimCheck.Cli.Tests;

/// <summary>The order-keeping parallel map behind <c>check</c>'s streaming.</summary>
public sealed class OrderedParallelTests
{
    [Test]
    public void Results_come_in_input_order_whatever_order_they_finish_in()
    {
        var items = Enumerable.Range(0, 60).ToList();

        // Early items take longest, so they finish last.
        var results = OrderedParallel.Select(items, i => { Thread.Sleep((60 - i) % 7); return i * 10; }, degree: 4, window: 8).ToList();

        results.Should().Equal(items.Select(i => i * 10));
    }

    [Test]
    public void No_more_than_the_window_is_started_ahead_of_the_consumer()
    {
        var items = Enumerable.Range(0, 40).ToList();
        int started = 0;
        int maxAhead = 0;
        int consumed = 0;

        foreach (int _ in OrderedParallel.Select(items, i => { Interlocked.Increment(ref started); return i; }, degree: 4, window: 5))
        {
            // Give the workers time to run ahead as far as they are allowed.
            Thread.Sleep(5);
            consumed++;
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref started) - consumed);
        }

        consumed.Should().Be(40);
        maxAhead.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(5);
    }

    [Test]
    public void A_failing_item_surfaces_at_its_turn()
    {
        var act = () => OrderedParallel.Select(Enumerable.Range(0, 10).ToList(), i => i == 3 ? throw new InvalidOperationException("item 3") : i, 2, 4).ToList();

        act.Should().Throw<InvalidOperationException>().WithMessage("item 3");
    }

    [Test]
    public void One_job_runs_inline_on_the_consumers_thread_one_item_at_a_time()
    {
        int consumer = Environment.CurrentManagedThreadId;
        int started = 0;
        var threads = new List<int>();

        int consumed = 0;
        foreach (int _ in OrderedParallel.Select(Enumerable.Range(0, 5).ToList(), i => { Interlocked.Increment(ref started); lock (threads) { threads.Add(Environment.CurrentManagedThreadId); } return i; }, degree: 1, window: 4))
        {
            consumed++;
            // Give a worker, were there one, time to run ahead within the window.
            Thread.Sleep(5);
            Volatile.Read(ref started).Should().Be(consumed, "nothing is mapped ahead of the consumer");
        }

        threads.Should().HaveCount(5).And.OnlyContain(t => t == consumer);
    }

    [Test]
    public void Stopping_early_leaves_no_worker_running()
    {
        var items = Enumerable.Range(0, 100).ToList();
        int running = 0;

        foreach (int i in OrderedParallel.Select(items, i => { Interlocked.Increment(ref running); Thread.Sleep(1); Interlocked.Decrement(ref running); return i; }, degree: 2, window: 4))
        {
            if (i == 3)
            {
                break;
            }
        }

        // Disposing the enumeration waits for the workers' current items and lets the idle ones go.
        Volatile.Read(ref running).Should().Be(0);
    }
}
