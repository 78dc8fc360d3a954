using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Core.Importing;

namespace Dossier.Cli.Records;

/// <summary>`dossier import PATH… [--format F] [--mapping FILE] [--json]`: each file in one transaction.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Files or folders to import.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "auto, wcda-page, jsonl, tei or csv.", DefaultValueFactory = _ => "auto" };
        var mapping = new Option<string?>("--mapping") { Description = "A CSV column mapping file." };
        var json = new Option<bool>("--json") { Description = "Print the outcome as JSON." };
        var command = new Command("import", "Import records from files or folders.") { paths, format, mapping, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            var asJson = parseResult.GetValue(json);
            Hosting.LanguageWarmUp.StartFor(parseResult.GetValue(paths) ?? [], parseResult.GetValue(format) ?? "auto");
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var readerOptions = new Dictionary<string, string>(StringComparer.Ordinal);
            if (parseResult.GetValue(mapping) is { } mappingFile)
            {
                readerOptions["mapping"] = Path.GetFullPath(mappingFile);
            }
            var options = new ImportOptions { Format = parseResult.GetValue(format) ?? "auto", ReaderOptions = readerOptions };
            var report = await ProgressDisplay.RunAsync(
                context, !asJson, progress => archive.ImportAsync(parseResult.GetValue(paths) ?? [], options, progress, cancellationToken))
                .ConfigureAwait(false);
            if (!archive.WritesIndex)
            {
                context.Error.WriteLine("note: written to the store only: " + archive.IndexUnavailableReason + "; that process indexes these records");
            }
            // The archive merged strong duplicates and dropped junk spellings after the import; the rest stay proposals.
            if (!asJson && report.Curation is { Merged.Count: > 0 } tidied)
            {
                context.Output.WriteLine($"{tidied.Merged.Count} duplicate people merged (see `dossier people proposals` for the rest)");
            }
            if (!asJson && report.Relinked.Count > 0)
            {
                context.Output.WriteLine($"{report.Relinked.Count} records linked again to the names this import brought");
            }
            ImportReportPrinter.Print(context, report, asJson);
            return report.Failed.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
