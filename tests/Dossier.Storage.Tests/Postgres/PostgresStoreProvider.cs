using Dossier.Core.Storage;
using Dossier.Storage.Providers.Postgres;
using Dossier.Testing;
using Npgsql;

namespace Dossier.Storage.Tests.Postgres;

/// <summary>
/// The test class's <see cref="PostgresDatabase"/>, emptied for each test: tables truncated and the change
/// sequence restarted, so every test starts from the state a new archive is in.
/// </summary>
public sealed class PostgresStoreProvider : IStoreProvider
{
    private readonly List<PostgresArchiveStore> _stores = [];

    /// <summary>Set by the test class's constructor from its class fixture.</summary>
    public PostgresDatabase? Database { get; set; }

    public async Task<IArchiveStore> OpenAsync(TimeProvider clock)
    {
        var url = Database?.Url;
        Assert.SkipWhen(url is null, TestPostgres.SkipReason);
        var store = await PostgresArchiveStore.OpenAsync(url!, clock, TestContext.Current.CancellationToken);
        if (_stores.Count == 0)
        {
            await TruncateAsync(url!);
        }
        _stores.Add(store);
        return store;
    }

    public Task<IArchiveStore> ReopenAsync(TimeProvider clock) => OpenAsync(clock);

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    private static async Task TruncateAsync(string url)
    {
        await using var connection = new NpgsqlConnection(PostgresConnectionString.Parse(url).ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "TRUNCATE records, record_links, record_collections, record_changes, authorities, authority_names, collections RESTART IDENTITY CASCADE";
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
