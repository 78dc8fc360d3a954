using System.CommandLine;

namespace Dossier.Cli.Records;

/// <summary>`dossier export --format jsonl|dc|jsonld|iiif|oai-pmh [--all] [-o FILE]`: the whole archive to a file or standard output.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "Output format (jsonl).", DefaultValueFactory = _ => "jsonl" };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (default: standard output)." };
        var all = new Option<bool>("--all") { Description = "Publication formats (dc, jsonld, iiif, oai-pmh) write public records only; --all writes drafts and embargoed ones too." };
        var command = new Command("export", "Export every record.") { format, output, all };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var name = parseResult.GetValue(format) ?? "jsonl";
            var found = archive.Writer(name);
            var writer = found is Core.Exporting.IPublishedRecordWriter published && parseResult.GetValue(all) ? new EveryRecord(published) : found;
            if (writer is null)
            {
                context.Error.WriteLine($"error: unknown export format '{name}' (known: {string.Join(", ", archive.Writers.Select(w => w.Format))})");
                return 2;
            }
            // One record whose stored document cannot be read is left out and named, never allowed to stop the export.
            var store = new ReadableArchiveStore(archive.Store);
            var path = parseResult.GetValue(output);
            if (path is null)
            {
                if (ReferenceEquals(context.RawOutput, Console.Out))
                {
                    await using var stdout = Console.OpenStandardOutput();
                    await writer.WriteArchiveAsync(store, stdout, cancellationToken).ConfigureAwait(false);
                    return ReportUnreadable(context, store);
                }
                await using var buffer = new MemoryStream();
                await writer.WriteArchiveAsync(store, buffer, cancellationToken).ConfigureAwait(false);
                await context.RawOutput.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
                return ReportUnreadable(context, store);
            }
            // Write beside the target and rename, so a failed export never leaves half a file under the wanted name.
            var temporary = path + ".partial";
            await using (var file = File.Create(temporary))
            {
                await writer.WriteArchiveAsync(store, file, cancellationToken).ConfigureAwait(false);
            }
            File.Move(temporary, path, overwrite: true);
            return ReportUnreadable(context, store);
        });
        return command;
    }

    /// <summary>Names the records left out on standard error; the export itself is whole for every other record.</summary>
    private static int ReportUnreadable(CommandContext context, ReadableArchiveStore store)
    {
        if (store.Unreadable.Count > 0)
        {
            context.Error.WriteLine($"warning: left out {store.Unreadable.Count} record(s) whose stored document cannot be read (`dossier check` lists them, `dossier delete ID` removes one):");
            foreach (var record in store.Unreadable)
            {
                context.Error.WriteLine($"  {Core.Records.RecordLimits.Abbreviate(record.Id)}: {record.Reason}");
            }
        }
        return 0;
    }

    /// <summary>A publication writer asked for every record, whatever its status (`--all`).</summary>
    private sealed class EveryRecord(Core.Exporting.IRecordWriter inner) : Core.Exporting.IRecordWriter
    {
        public string Format => inner.Format;

        public Task WriteAsync(IAsyncEnumerable<Core.Records.ArchiveRecord> records, Stream output, CancellationToken cancellationToken = default) =>
            inner.WriteAsync(records, output, cancellationToken);

        public Task WriteArchiveAsync(Core.Storage.IArchiveStore store, Stream output, CancellationToken cancellationToken = default) =>
            inner.WriteAsync(store.Records.StreamAsync(cancellationToken), output, cancellationToken);
    }
}
