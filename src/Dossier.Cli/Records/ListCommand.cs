using System.CommandLine;
using Dossier.Cli.Output;

namespace Dossier.Cli.Records;

/// <summary>`dossier list [--json] [--limit N] [--offset N]`.</summary>
public static class ListCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var limit = new Option<int>("--limit") { Description = "How many records.", DefaultValueFactory = _ => 100 };
        var offset = new Option<int>("--offset") { Description = "How many to skip.", DefaultValueFactory = _ => 0 };
        var command = new Command("list", "List the records in the archive.") { json, limit, offset };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var total = await archive.Store.Records.CountAsync(cancellationToken).ConfigureAwait(false);
            var page = await archive.Store.Records
                .ListAsync(Math.Max(0, parseResult.GetValue(offset)), Math.Clamp(parseResult.GetValue(limit), 1, 100_000), cancellationToken)
                .ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                Json.Write(context.Output, new
                {
                    total,
                    records = page.Select(r => new { id = r.Id, source_id = r.SourceRecordId, title = r.Title, date = r.Date?.Value, status = r.Status }),
                });
                return 0;
            }
            foreach (var record in page)
            {
                context.Output.WriteLine($"{record.Id}  {record.Date?.Value,-10}  {record.SourceRecordId,-22}  {TerminalText.OneLine(record.Title)}");
            }
            context.Output.WriteLine($"{page.Count} of {total} records");
            return 0;
        });
        return command;
    }
}
