using System.Globalization;
using System.Reflection;
using Dossier.Storage.Records;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dossier.Storage.Providers.Sqlite;

/// <summary>
/// What opening an existing SQLite archive must do, read with two small queries and no EF Core: the migrations not yet
/// applied, and whether any record lacks its summary columns (<see cref="CatalogueBackfill"/>). EF Core answers the
/// first by building the model of its history table and the second by compiling a LINQ query, together most of the
/// time a command spent opening a current archive.
/// </summary>
internal static class SqliteSchemaState
{
    /// <summary>The ids of this build's SQLite migrations, found as EF Core's migrations assembly finds them: by their attributes.</summary>
    private static readonly Lazy<IReadOnlyList<string>> Known = new(() => typeof(SqliteDossierContext).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract
            && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(SqliteDossierContext))
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .Order(StringComparer.Ordinal)
        .ToList());

    public static async Task<(IReadOnlyList<string> Pending, bool Unfilled)> ReadAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';";
                if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
                {
                    return (Known.Value, false);
                }
                command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\";";
                var applied = new HashSet<string>(StringComparer.Ordinal);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        applied.Add(reader.GetString(0));
                    }
                }
                var pending = Known.Value.Where(id => !applied.Contains(id)).ToList();
                if (pending.Count > 0)
                {
                    return (pending, false);
                }
                command.CommandText = "SELECT EXISTS (SELECT 1 FROM records WHERE summary_version < $version);";
                command.Parameters.AddWithValue("$version", RecordSummaryColumns.Version);
                var unfilled = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) != 0;
                return (pending, unfilled);
            }
        }
    }
}
