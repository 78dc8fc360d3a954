using System.CommandLine;

namespace Dossier.Cli.Records;

/// <summary>`dossier export --format jsonl [-o FILE]`: the whole archive to a file or standard output.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "Output format (jsonl).", DefaultValueFactory = _ => "jsonl" };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (default: standard output)." };
        var command = new Command("export", "Export every record.") { format, output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var name = parseResult.GetValue(format) ?? "jsonl";
            var writer = archive.Writer(name);
            if (writer is null)
            {
                context.Error.WriteLine($"error: unknown export format '{name}' (known: {string.Join(", ", archive.Writers.Select(w => w.Format))})");
                return 2;
            }
            var path = parseResult.GetValue(output);
            if (path is null)
            {
                if (ReferenceEquals(context.Output, Console.Out))
                {
                    await using var stdout = Console.OpenStandardOutput();
                    await writer.WriteArchiveAsync(archive.Store, stdout, cancellationToken).ConfigureAwait(false);
                    return 0;
                }
                await using var buffer = new MemoryStream();
                await writer.WriteArchiveAsync(archive.Store, buffer, cancellationToken).ConfigureAwait(false);
                await context.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
                return 0;
            }
            // Write beside the target and rename, so a failed export never leaves half a file under the wanted name.
            var temporary = path + ".partial";
            await using (var file = File.Create(temporary))
            {
                await writer.WriteArchiveAsync(archive.Store, file, cancellationToken).ConfigureAwait(false);
            }
            File.Move(temporary, path, overwrite: true);
            return 0;
        });
        return command;
    }
}
