using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Providers.Sqlite;

/// <summary>
/// A new SQLite archive's schema, made by one script of every migration (<c>NewArchive.sql</c>, written by
/// <c>dotnet ef migrations script</c>) instead of by EF Core's migrator, which builds each migration's target model
/// before it runs its few statements: about 0.8 s of a new archive's first command (issue 9: a one-file import in
/// under 2 s). The script is what the migrator runs, history rows included, so the migrator then finds nothing to do;
/// a migration added after the script was last written is still applied by the migrator, only slower.
/// <c>NewArchiveSchemaTests</c> keeps the script and the migrations the same.
/// </summary>
internal static class NewArchiveSchema
{
    private const string Resource = "Dossier.Storage.NewArchive.sql";

    /// <summary>The script, as embedded in this assembly.</summary>
    public static string Script()
    {
        using var stream = typeof(NewArchiveSchema).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the resource {Resource} is missing from Dossier.Storage");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Runs the script on <paramref name="connection"/> when the database has no migration history yet (a new file),
    /// and says whether it did. Each migration's statements and history row commit together, as the migrator's do.
    /// </summary>
    public static async Task<bool> CreateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory';";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0)
            {
                return false;
            }
            command.CommandText = Script();
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }
}
