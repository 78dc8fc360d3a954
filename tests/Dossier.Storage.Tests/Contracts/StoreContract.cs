using Dossier.Core.Storage;

namespace Dossier.Storage.Tests.Contracts;

/// <summary>The base of every contract suite: a fresh store per test on <typeparamref name="TProvider"/>'s database.</summary>
public abstract class StoreContract<TProvider> : IAsyncLifetime
    where TProvider : IStoreProvider, new()
{
    protected TProvider Provider { get; } = new();

    protected ManualClock Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    protected IArchiveStore Store { get; private set; } = null!;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => Store = await Provider.OpenAsync(Clock);

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
