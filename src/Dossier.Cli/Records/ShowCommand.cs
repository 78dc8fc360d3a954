using System.CommandLine;
using Dossier.Core.Records;

namespace Dossier.Cli.Records;

/// <summary>`dossier show ID [--json]`: a record by archive id or source record id.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The archive id or a source record id (119698, frus1961-63v06/d1)." };
        var json = new Option<bool>("--json") { Description = "Print the record model as JSON." };
        var command = new Command("show", "Show one record.") { id, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var wanted = parseResult.GetValue(id) ?? "";
            var record = await archive.Store.Records.FindAsync(wanted, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                context.Error.WriteLine($"error: no record '{wanted}' in {context.DataFolder}");
                return 2;
            }
            if (parseResult.GetValue(json))
            {
                context.Output.WriteLine(RecordJson.Serialize(record, indented: true));
            }
            else
            {
                RecordPrinter.Print(context.Output, record);
            }
            return 0;
        });
        return command;
    }
}
