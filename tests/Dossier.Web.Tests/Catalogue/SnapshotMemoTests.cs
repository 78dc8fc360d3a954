using Dossier.Core.Storage;
using Dossier.Web.Catalogue;

namespace Dossier.Web.Tests.Catalogue;

/// <summary>What pages share is worked out once while the catalogue's snapshot holds, and again under the next one.</summary>
public sealed class SnapshotMemoTests
{
    private static CatalogueSnapshot Snapshot(long sequence) =>
        new(sequence, DateTimeOffset.UnixEpoch, new CatalogueCounts(0, 0, [], [], [], null), []);

    [Fact]
    public async Task Should_work_a_value_out_once_per_snapshot()
    {
        var memo = new SnapshotMemo<string, int>(StringComparer.Ordinal);
        var first = Snapshot(1);
        var calls = 0;
        Task<int> Work(string key) => Task.FromResult(++calls * 10);

        Assert.Equal(10, await memo.GetAsync(first, "volume", Work));
        Assert.Equal(10, await memo.GetAsync(first, "volume", Work));
        Assert.Equal(20, await memo.GetAsync(Snapshot(2), "volume", Work));
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Should_work_out_only_the_missing_keys_together_and_forget_a_failure()
    {
        var memo = new SnapshotMemo<string, bool>(StringComparer.Ordinal);
        var snapshot = Snapshot(1);
        var asked = new List<IReadOnlyList<string>>();
        Task<IReadOnlyDictionary<string, bool>> Work(IReadOnlyList<string> keys)
        {
            asked.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<string, bool>>(keys.ToDictionary(k => k, k => k.StartsWith('c'), StringComparer.Ordinal));
        }

        await memo.GetManyAsync(snapshot, ["common", "rare"], Work);
        var second = await memo.GetManyAsync(snapshot, ["rare", "cited", "rare"], Work);

        Assert.Equal([["common", "rare"], ["cited"]], asked);
        Assert.Equal([("cited", true), ("rare", false)], second.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)));

        await Assert.ThrowsAsync<InvalidOperationException>(() => memo.GetAsync(snapshot, "broken", _ => Task.FromException<bool>(new InvalidOperationException())));
        Assert.True(await memo.GetAsync(snapshot, "broken", _ => Task.FromResult(true)));
    }
}
