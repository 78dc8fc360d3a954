using System.Text.Json;
using Dossier.Web.Editing;
using Dossier.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Dossier.Web.Tests.Hosting;

/// <summary>
/// Records written by another process (an import beside `serve`) reach the store first and the index a beat later. A
/// search answered in between is cached; the cache must not keep it once the index has caught up (stop 30's CI: an
/// import beside serve stayed unsearchable for the cache's 10 s).
/// </summary>
public sealed class CacheEvictionFollowerTests
{
    [Fact]
    public async Task Should_empty_the_cache_when_the_index_catches_up_with_what_the_store_already_had()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        // A clock that stands still: the followers look once at start, then only when this test makes them.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        await using var room = await RunningRoom.StartAsync("dossier-cache-follow", (_, _) => Task.CompletedTask, clock);
        var follower = room.Services.GetServices<IHostedService>().OfType<CacheEvictionFollower>().Single();
        await follower.LookAsync(cancellationToken);
        Assert.Equal(0, await TotalAsync(room, cancellationToken));

        // Another process writes the store: the cache is emptied, but the index has not caught up yet, so the search
        // answered now (and cached) still finds nothing.
        await room.Archive.Store.Records.UpsertAsync([InventedRecords.Letter()], cancellationToken);
        Assert.True(await follower.LookAsync(cancellationToken), "the store moved");
        Assert.Equal(0, await TotalAsync(room, cancellationToken));

        // The index catches up (the index follower's work); the store has not moved since the last look.
        Assert.Equal(1, await room.Archive.Index!.CatchUpAsync(cancellationToken: cancellationToken));
        Assert.True(await follower.LookAsync(cancellationToken), "the index moved");
        Assert.Equal(1, await TotalAsync(room, cancellationToken));
        Assert.False(await follower.LookAsync(cancellationToken), "nothing moved");
    }

    private static async Task<int> TotalAsync(RunningRoom room, CancellationToken cancellationToken)
    {
        using var answer = JsonDocument.Parse(await room.Client.GetStringAsync(new Uri("/api/search?q=lighthouse", UriKind.Relative), cancellationToken));
        return answer.RootElement.GetProperty("total").GetInt32();
    }
}
