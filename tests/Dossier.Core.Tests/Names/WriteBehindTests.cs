using Dossier.Core.Importing;

namespace Dossier.Core.Tests.Names;

/// <summary>The relinking's writes run behind its reading (issue 9): one at a time, in order, their failures never lost.</summary>
public sealed class WriteBehindTests
{
    [Fact]
    public async Task Should_run_the_writes_one_at_a_time_in_the_order_handed_over_while_the_caller_goes_on()
    {
        var behind = new WriteBehind();
        var order = new List<int>();
        var running = 0;
        var overlapped = false;
        var release = new TaskCompletionSource();

        await behind.HandAsync(async () =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            await release.Task;
            order.Add(1);
            Interlocked.Decrement(ref running);
        });
        // The caller is back while the first write still waits.
        Assert.Empty(order);
        release.SetResult();
        for (var i = 2; i <= 5; i++)
        {
            var n = i;
            await behind.HandAsync(async () =>
            {
                overlapped |= Interlocked.Increment(ref running) > 1;
                await Task.Delay(5, TestContext.Current.CancellationToken);
                order.Add(n);
                Interlocked.Decrement(ref running);
            });
        }
        await behind.DrainAsync();

        Assert.Equal([1, 2, 3, 4, 5], order);
        Assert.False(overlapped);
    }

    [Fact]
    public async Task Should_write_alone_after_the_write_before_and_return_only_when_done()
    {
        var behind = new WriteBehind();
        var order = new List<int>();
        var release = new TaskCompletionSource();
        await behind.HandAsync(async () =>
        {
            await release.Task;
            order.Add(1);
        });

        var alone = behind.WriteAloneAsync(async () =>
        {
            order.Add(2);
            await Task.Delay(20, TestContext.Current.CancellationToken);
            order.Add(3);
        });
        // Not started while the write before still runs.
        await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.Empty(order);
        release.SetResult();
        await alone;

        // Ended when it returns, with nothing left behind to drain.
        Assert.Equal([1, 2, 3], order);
        await behind.HandAsync(() => Task.CompletedTask);
        await behind.DrainAsync();
    }

    [Fact]
    public async Task Should_throw_a_failed_write_at_the_next_hand_over_or_drain()
    {
        var behind = new WriteBehind();
        await behind.HandAsync(() => throw new InvalidOperationException("disk full"));

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => behind.HandAsync(() => Task.CompletedTask));
        Assert.Equal("disk full", e.Message);

        await behind.HandAsync(() => throw new InvalidOperationException("again"));
        await Assert.ThrowsAsync<InvalidOperationException>(behind.DrainAsync);
        // Drained: nothing is left to throw.
        await behind.DrainAsync();
    }

    [Fact]
    public async Task Should_wait_for_the_write_without_throwing_when_settling_after_a_failure()
    {
        var behind = new WriteBehind();
        var done = false;
        await behind.HandAsync(async () =>
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
            done = true;
            throw new InvalidOperationException("rolled back");
        });

        await behind.SettleAsync();

        Assert.True(done);
        await behind.DrainAsync();
    }
}
