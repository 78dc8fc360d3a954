using System.CommandLine;
using Dossier.Hosting;
using Dossier.Hosting.Transfer;
using Dossier.Storage.Providers.Postgres;

namespace Dossier.Cli.Operations;

/// <summary>
/// `dossier migrate --to postgres://…|DIR`: copies the archive into an empty PostgreSQL database, or into a new data
/// folder (SQLite), and verifies the copy by counts and the SHA-256 of both stores' exports. The source is not changed.
/// </summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var to = new Option<string>("--to") { Description = "The target: a postgres:// database, or a data folder for SQLite.", Required = true };
        var command = new Command("migrate", "Copy the archive into another database (SQLite to PostgreSQL or back), verified.") { to };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            var target = parseResult.GetValue(to)!;
            var source = await StoreLocation.OpenAsync(context.DataFolder, context.Database, null, cancellationToken).ConfigureAwait(false);
            var destination = PostgresConnectionString.IsPostgres(target)
                ? await StoreLocation.OpenAsync(context.DataFolder, target, null, cancellationToken).ConfigureAwait(false)
                : await StoreLocation.OpenAsync(Path.GetFullPath(target), null, null, cancellationToken).ConfigureAwait(false);
            try
            {
                var started = System.Diagnostics.Stopwatch.StartNew();
                TransferResult result;
                try
                {
                    result = await ArchiveCopier.CopyAsync(source, destination, null, cancellationToken).ConfigureAwait(false);
                }
                catch (InvalidOperationException e) when (e.Message.StartsWith("the target archive is not empty", StringComparison.Ordinal))
                {
                    context.Error.WriteLine($"error: {StoreLocation.Describe(destination)}: {e.Message}");
                    return 2;
                }
                context.Output.WriteLine($"from {StoreLocation.Describe(source)}: {result.Source}");
                context.Output.WriteLine($"to   {StoreLocation.Describe(destination)}: {result.Target}");
                if (!result.Verified)
                {
                    context.Error.WriteLine("error: the copy differs from its source (counts or checksum); the source is unchanged");
                    return 1;
                }
                context.Output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"verified: identical ({started.Elapsed.TotalSeconds:0.0} s)"));
                return 0;
            }
            finally
            {
                await ((IAsyncDisposable)source).DisposeAsync().ConfigureAwait(false);
                await ((IAsyncDisposable)destination).DisposeAsync().ConfigureAwait(false);
            }
        });
        return command;
    }
}
