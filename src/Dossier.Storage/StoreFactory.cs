using Dossier.Storage.Providers.Sqlite;

namespace Dossier.Storage;

/// <summary>
/// Opens the store in an archive's data folder: the database <c>dossier.db</c> (with its <c>-wal</c> and <c>-shm</c>
/// companions) beside whatever else lives there (the search index). The folder is created when missing.
/// </summary>
public static class StoreFactory
{
    public const string DatabaseFileName = "dossier.db";

    public static string DatabasePath(string folder) => Path.Combine(Path.GetFullPath(folder), DatabaseFileName);

    /// <summary>Opens the store in <paramref name="folder"/>, creating the folder and database and migrating the schema as needed.</summary>
    public static async Task<SqliteArchiveStore> OpenAsync(string folder, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        var store = Create(folder, timeProvider);
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <summary>The store in <paramref name="folder"/> without touching the database yet (for DI registration); call InitializeAsync once before use.</summary>
    public static SqliteArchiveStore Create(string folder, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        return SqliteArchiveStore.Create(DatabasePath(folder), timeProvider);
    }
}
