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
            if (report.Files > 0)
            {
                // Strong duplicates are merged and junk spellings dropped after every import; the rest stay proposals.
                var tidied = await new Dossier.Core.Authorities.AuthorityCuration(archive.Store).TidyAsync(cancellationToken).ConfigureAwait(false);
                if (!asJson && tidied.Merged.Count > 0)
                {
                    context.Output.WriteLine($"{tidied.Merged.Count} duplicate people merged (see `dossier people proposals` for the rest)");
                }
            }
            ImportReportPrinter.Print(context, report, asJson);
            return report.Failed.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
