using Dossier.Storage.Providers.Postgres;
using Dossier.Testing;
using Npgsql;

namespace Dossier.Storage.Tests.Postgres;

/// <summary>
/// A database of its own for one test class (a class fixture), created on the server in <c>DOSSIER_TEST_POSTGRES</c>
/// and dropped afterwards, so test classes running side by side and test runs never share tables.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private string? _server;

    /// <summary>The database's URI; null when no server is configured outside CI.</summary>
    public string? Url { get; private set; }

    public string Name { get; } = TestPostgres.UniqueDatabaseName("storage");

    public async ValueTask InitializeAsync()
    {
        _server = TestPostgres.ServerOrNull();
        if (_server is null)
        {
            return;
        }
        await using var connection = new NpgsqlConnection(Admin(_server));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE DATABASE " + PostgresArchiveStore.QuoteIdentifier(Name);
        await command.ExecuteNonQueryAsync();
        Url = TestPostgres.WithDatabase(_server, Name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is null || Url is null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Admin(_server));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP DATABASE IF EXISTS " + PostgresArchiveStore.QuoteIdentifier(Name) + " WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }

    private static string Admin(string server) =>
        new NpgsqlConnectionStringBuilder(PostgresConnectionString.Parse(server).ConnectionString) { Pooling = false }.ConnectionString;
}
