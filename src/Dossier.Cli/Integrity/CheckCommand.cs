using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Core.Records;
using Dossier.Hosting;

namespace Dossier.Cli.Integrity;

/// <summary>
/// `dossier check [--json]`: compares the store with the search index and lists every record where they differ,
/// the records the index skipped, and stored records over the archive's limits. Exit code 0 when all is consistent, 1 otherwise.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the findings as JSON." };
        var command = new Command("check", "Compare the store with the search index.") { json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var report = await ArchiveCheck.RunAsync(archive, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                WriteJson(context.Output, report);
            }
            else
            {
                WriteText(context.Output, report);
            }
            return report.Consistent ? 0 : 1;
        });
        return command;
    }

    private static void WriteText(TextWriter output, ArchiveCheckReport report)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"store: {report.StoreRecords} records, change {report.StoreSequence}; index: {report.IndexRecords} records, change {report.IndexSequence}"));
        if (report.IndexWriterElsewhere)
        {
            output.WriteLine("index: written by another process now (a running `dossier serve`?): its newest work may not be committed yet");
        }
        foreach (var skipped in report.Skipped)
        {
            output.WriteLine($"skipped by the index: {RecordLimits.Abbreviate(skipped.Id)}: {skipped.Reason}");
        }
        foreach (var id in report.MissingFromIndex)
        {
            output.WriteLine($"missing from the index: {RecordLimits.Abbreviate(id)}");
        }
        foreach (var id in report.OnlyInIndex)
        {
            output.WriteLine($"in the index, not in the store: {RecordLimits.Abbreviate(id)}");
        }
        foreach (var (id, field, problem) in report.OverLimits)
        {
            output.WriteLine($"over the limits: {RecordLimits.Abbreviate(id)}: {field}: {problem}");
        }
        output.WriteLine(report.Consistent ? "consistent" : "NOT consistent: `dossier delete ID` removes a bad record, `dossier reindex` rebuilds the index");
    }

    private static void WriteJson(TextWriter output, ArchiveCheckReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteBoolean("consistent", report.Consistent);
            json.WriteNumber("store_records", report.StoreRecords);
            json.WriteNumber("index_records", report.IndexRecords);
            json.WriteNumber("store_sequence", report.StoreSequence);
            json.WriteNumber("index_sequence", report.IndexSequence);
            json.WriteBoolean("index_writer_elsewhere", report.IndexWriterElsewhere);
            json.WriteStartArray("skipped");
            foreach (var skipped in report.Skipped)
            {
                json.WriteStartObject();
                json.WriteString("id", skipped.Id);
                json.WriteString("reason", skipped.Reason);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteIds(json, "missing_from_index", report.MissingFromIndex);
            WriteIds(json, "only_in_index", report.OnlyInIndex);
            json.WriteStartArray("over_limits");
            foreach (var (id, field, problem) in report.OverLimits)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("field", field);
                json.WriteString("problem", problem);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteIds(Utf8JsonWriter json, string name, IReadOnlyList<string> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            json.WriteStringValue(id);
        }
        json.WriteEndArray();
    }
}
