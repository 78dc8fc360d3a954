using System.CommandLine;
using Dossier.Hosting;

namespace Dossier.Cli.Operations;

/// <summary>
/// `dossier db migrate`: brings the archive's database schema up to date (what `serve` also does at start, under the same
/// lock). `dossier db pack`: packs the documents stored before Dossier packed them, and gives SQLite's freed space back.
/// </summary>
public static class DbCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply the database schema's pending migrations (creating the database if needed).");
        migrate.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            var store = StoreLocation.Create(context.DataFolder, context.Database);
            try
            {
                IReadOnlyList<string> pending;
                try
                {
                    pending = await store.PendingMigrationsAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
                {
                    // The database does not exist yet: initialising creates it and applies every migration.
                    pending = [];
                }
                await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
                var left = await store.PendingMigrationsAsync(cancellationToken).ConfigureAwait(false);
                context.Output.WriteLine(pending.Count == 0
                    ? $"{StoreLocation.Describe(store)}: schema is current"
                    : $"{StoreLocation.Describe(store)}: applied {string.Join(", ", pending)}");
                return left.Count == 0 ? 0 : 1;
            }
            finally
            {
                if (store is IAsyncDisposable disposable)
                {
                    await disposable.DisposeAsync().ConfigureAwait(false);
                }
            }
        });
        return new Command("db", "The archive's database.") { migrate, Pack() };
    }

    private static Command Pack()
    {
        var pack = new Command("pack", "Pack the documents of records stored before Dossier packed them (a third of the size), then give the space back (SQLite).");
        pack.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var store = (Storage.ArchiveStore)archive.Store;
            var file = store is Storage.Providers.Sqlite.SqliteArchiveStore sqlite ? sqlite.DatabasePath : null;
            var before = file is null ? 0 : new FileInfo(file).Length;
            var packed = await store.PackDocumentsAsync(cancellationToken).ConfigureAwait(false);
            if (file is null)
            {
                context.Output.WriteLine($"{packed} documents packed (PostgreSQL reuses the space they freed; VACUUM FULL records gives it back to the system)");
                return 0;
            }
            await ((Storage.Providers.Sqlite.SqliteArchiveStore)store).VacuumAsync(cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine(FormattableString.Invariant($"{packed} documents packed; {Path.GetFileName(file)} {before / 1e6:0.0} MB -> {new FileInfo(file).Length / 1e6:0.0} MB"));
            return 0;
        });
        return pack;
    }
}
