using Dossier.Storage;
using Dossier.Storage.Providers.Postgres;

namespace Dossier.Hosting;

/// <summary>
/// Which database holds the archive: <c>--database postgres://…</c>, else <c>DOSSIER_DATABASE</c>, else the SQLite
/// file in the data folder. The data folder holds the search index either way (one per node on PostgreSQL).
/// </summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "DOSSIER_DATABASE";

    /// <summary>The PostgreSQL database chosen by the option or the environment; null for the data folder's SQLite file.</summary>
    public static string? Resolve(string? option)
    {
        var chosen = !string.IsNullOrWhiteSpace(option) ? option
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
        if (chosen is not null && !PostgresConnectionString.IsPostgres(chosen))
        {
            throw new ArgumentException($"--database/{EnvironmentVariable} must be a PostgreSQL URI (postgres://user@host:port/database), not '{chosen}'; a SQLite archive is chosen with --data");
        }
        return chosen;
    }

    /// <summary>The store without touching the database yet; call InitializeAsync (which creates and migrates) before use.</summary>
    public static ArchiveStore Create(string dataFolder, string? database, TimeProvider? time = null) =>
        database is null ? StoreFactory.Create(dataFolder, time) : PostgresArchiveStore.Create(database, time);

    /// <summary>Opens the store, creating and migrating it as needed.</summary>
    public static async Task<ArchiveStore> OpenAsync(string dataFolder, string? database, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var store = Create(dataFolder, database, time);
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <summary>Where the store is, for messages (no password).</summary>
    public static string Describe(ArchiveStore store) => store switch
    {
        PostgresArchiveStore postgres => "PostgreSQL " + postgres.Location,
        Storage.Providers.Sqlite.SqliteArchiveStore sqlite => "SQLite " + sqlite.DatabasePath,
        _ => store.GetType().Name,
    };
}
