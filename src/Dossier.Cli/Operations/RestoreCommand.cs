using System.CommandLine;
using Dossier.Hosting;
using Dossier.Hosting.Transfer;

namespace Dossier.Cli.Operations;

/// <summary>`dossier restore FILE`: a backup into an empty archive (either engine), checked against its manifest before and after.</summary>
public static class RestoreCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A backup written by `dossier backup`." };
        var command = new Command("restore", "Restore a backup into an empty archive, verified against its manifest.") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            var path = Path.GetFullPath(parseResult.GetValue(file)!);
            if (!File.Exists(path))
            {
                context.Error.WriteLine($"error: {path}: no such file");
                return 2;
            }
            var store = await StoreLocation.OpenAsync(context.DataFolder, context.Database, null, cancellationToken).ConfigureAwait(false);
            try
            {
                TransferResult result;
                try
                {
                    result = await ArchiveBackup.RestoreAsync(path, store, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is InvalidDataException or InvalidOperationException or Core.Importing.ImportException)
                {
                    context.Error.WriteLine($"error: {e.Message}");
                    return 2;
                }
                context.Output.WriteLine($"backup:   {result.Source}");
                context.Output.WriteLine($"restored: {StoreLocation.Describe(store)}: {result.Target}");
                if (!result.Verified)
                {
                    context.Error.WriteLine("error: the restored archive differs from the backup's manifest");
                    return 1;
                }
                context.Output.WriteLine("verified: identical; run `dossier reindex` on every node whose data folder indexed another archive");
                return 0;
            }
            finally
            {
                await ((IAsyncDisposable)store).DisposeAsync().ConfigureAwait(false);
            }
        });
        return command;
    }
}
