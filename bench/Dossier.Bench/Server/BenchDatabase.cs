using Dossier.Storage.Providers.Postgres;
using Npgsql;

namespace Dossier.Bench.Server;

/// <summary>
/// A database of the bench's own on a PostgreSQL server, created at the start and dropped at the end
/// (<c>DROP DATABASE … WITH (FORCE)</c>, PostgreSQL 13+), so a run never reads or leaves another run's records.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _server;

    private BenchDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        Url = WithDatabase(server, name);
    }

    public string Name { get; }

    /// <summary>The server's address with this database in it, as `dossier --database` takes it.</summary>
    public string Url { get; }

    /// <summary>Creates <c>dossier_bench_PURPOSE_RANDOM</c> on <paramref name="server"/> (a postgres:// URI or an Npgsql keyword string).</summary>
    public static async Task<BenchDatabase> CreateAsync(string server, string purpose, CancellationToken cancellationToken)
    {
        var database = new BenchDatabase(server, "dossier_bench_" + purpose + "_" + Guid.NewGuid().ToString("N")[..10]);
        await ExecuteAsync(server, "CREATE DATABASE " + PostgresArchiveStore.QuoteIdentifier(database.Name), cancellationToken);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server, "DROP DATABASE IF EXISTS " + PostgresArchiveStore.QuoteIdentifier(Name) + " WITH (FORCE)", CancellationToken.None);
    }

    private static async Task ExecuteAsync(string server, string sql, CancellationToken cancellationToken)
    {
        var builder = PostgresConnectionString.Parse(server);
        builder.Pooling = false;
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string WithDatabase(string server, string database)
    {
        if (server.Contains("://", StringComparison.Ordinal))
        {
            return new UriBuilder(server) { Path = "/" + database }.Uri.ToString();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }
}
