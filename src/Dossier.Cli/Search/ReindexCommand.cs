using System.CommandLine;
using Dossier.Cli.Integrity;
using Dossier.Core.Search;
using Spectre.Console;

namespace Dossier.Cli.Search;

/// <summary>`dossier reindex`: rebuilds the search index from the store, with progress.</summary>
public static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Rebuild the search index from the store.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            await using var archive = await context.OpenArchiveForRebuildAsync(cancellationToken).ConfigureAwait(false);
            if (archive.Index is null)
            {
                context.Error.WriteLine("error: " + (archive.IndexUnavailableReason ?? "this archive has no search index"));
                return 2;
            }
            var started = System.Diagnostics.Stopwatch.StartNew();
            if (context.Interactive)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                await console.Progress().AutoClear(true).StartAsync(async progress =>
                {
                    var task = progress.AddTask("reindex");
                    var reporter = new Progress<IndexProgress>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                    });
                    await archive.Index.RebuildAsync(reporter, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }
            else
            {
                await archive.Index.RebuildAsync(null, cancellationToken).ConfigureAwait(false);
            }
            var count = await archive.Store.Records.CountAsync(cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"reindexed {count} records in {started.Elapsed.TotalSeconds:0.0} s"));
            SkippedRecordPrinter.Print(context.Output, archive.Index.Skipped);
            return 0;
        });
        return command;
    }
}
