using Dossier.Storage.Providers.Postgres;
using Dossier.Testing;
using Npgsql;

namespace Dossier.Cli.Tests.Server;

/// <summary>A database name of its own on the test server, dropped at the end (the `dossier` commands create it on first use).</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _server;

    private TestDatabase(string server, string purpose)
    {
        _server = server;
        Name = TestPostgres.UniqueDatabaseName(purpose);
        Url = TestPostgres.WithDatabase(server, Name);
    }

    public string Name { get; }

    public string Url { get; }

    /// <summary>A new database on DOSSIER_TEST_POSTGRES; skips the test outside CI when no server is configured.</summary>
    public static TestDatabase Create(string purpose)
    {
        var server = TestPostgres.ServerOrNull();
        Assert.SkipWhen(server is null, TestPostgres.SkipReason);
        return new TestDatabase(server!, purpose);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresConnectionString.Parse(_server).ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP DATABASE IF EXISTS " + PostgresArchiveStore.QuoteIdentifier(Name) + " WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }
}
