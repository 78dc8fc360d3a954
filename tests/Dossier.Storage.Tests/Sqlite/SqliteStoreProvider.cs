using Dossier.Core.Storage;
using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;

namespace Dossier.Storage.Tests.Sqlite;

/// <summary>A SQLite data folder under the temp folder.</summary>
public sealed class SqliteStoreProvider : IStoreProvider
{
    private readonly TempFolder _folder = new("dossier-storage");
    private readonly List<SqliteArchiveStore> _stores = [];

    public string Folder => _folder.Path;

    public async Task<IArchiveStore> OpenAsync(TimeProvider clock)
    {
        var store = await StoreFactory.OpenAsync(_folder.Path, clock, TestContext.Current.CancellationToken);
        _stores.Add(store);
        return store;
    }

    public Task<IArchiveStore> ReopenAsync(TimeProvider clock)
    {
        foreach (var store in _stores)
        {
            store.ReleaseConnections();
        }
        return OpenAsync(clock);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            store.ReleaseConnections();
        }
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
