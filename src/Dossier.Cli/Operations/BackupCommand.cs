using System.CommandLine;
using Dossier.Hosting;
using Dossier.Hosting.Transfer;

namespace Dossier.Cli.Operations;

/// <summary>`dossier backup FILE`: the whole archive (either engine) into one ZIP of JSON Lines plus a manifest with checksums.</summary>
public static class BackupCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The backup file to write (a .zip)." };
        var command = new Command("backup", "Write the whole archive to a backup file (JSON Lines and a manifest with counts and SHA-256).") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            var store = await StoreLocation.OpenAsync(context.DataFolder, context.Database, null, cancellationToken).ConfigureAwait(false);
            try
            {
                var path = Path.GetFullPath(parseResult.GetValue(file)!);
                var manifest = await ArchiveBackup.WriteAsync(store, context.Database is null ? "sqlite" : "postgres", path, TimeProvider.System, cancellationToken).ConfigureAwait(false);
                context.Output.WriteLine($"backed up {StoreLocation.Describe(store)} to {path}: {manifest.Archive}");
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
