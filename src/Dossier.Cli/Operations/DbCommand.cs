using System.CommandLine;
using Dossier.Hosting;

namespace Dossier.Cli.Operations;

/// <summary>`dossier db migrate`: brings the archive's database schema up to date (what `serve` also does at start, under the same lock).</summary>
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
        return new Command("db", "The archive's database.") { migrate };
    }
}
