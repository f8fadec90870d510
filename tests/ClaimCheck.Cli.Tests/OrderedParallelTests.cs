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
}
