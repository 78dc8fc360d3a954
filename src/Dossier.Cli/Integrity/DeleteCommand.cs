using System.CommandLine;
using Dossier.Core.Records;

namespace Dossier.Cli.Integrity;

/// <summary>
/// `dossier delete ID`: removes a record from the store for good (the change sequence carries the deletion, so every
/// index drops it). The way out for a record that should never have been stored.
/// </summary>
public static class DeleteCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The archive id or a source record id." };
        var command = new Command("delete", "Delete a record from the store and the index.") { id };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var wanted = (parseResult.GetValue(id) ?? "").Trim();

            // By archive id first, without reading the record: a record too damaged to read can still be deleted.
            var deletedId = await archive.DeleteAsync(wanted, cancellationToken).ConfigureAwait(false) ? wanted : null;
            if (deletedId is null && await archive.Store.Records.FindAsync(wanted, cancellationToken).ConfigureAwait(false) is { } bySource
                && await archive.DeleteAsync(bySource.Id, cancellationToken).ConfigureAwait(false))
            {
                deletedId = bySource.Id;
            }
            if (deletedId is null)
            {
                context.Error.WriteLine($"error: no record '{RecordLimits.Abbreviate(wanted)}' in {context.DataFolder}");
                return 2;
            }
            context.Output.WriteLine("deleted " + RecordLimits.Abbreviate(deletedId));
            if (!archive.WritesIndex)
            {
                context.Error.WriteLine("note: " + archive.IndexUnavailableReason + "; that process drops the record from its index");
            }
            return 0;
        });
        return command;
    }
}
