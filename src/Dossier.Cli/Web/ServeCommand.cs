using System.CommandLine;
using Dossier.Web;

namespace Dossier.Cli.Web;

/// <summary>`dossier serve [--urls URL]`: the reading room and its JSON API on the archive's data folder.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, ';'-separated (default: " + ReadingRoom.DefaultUrl + ").",
            DefaultValueFactory = _ => ReadingRoom.DefaultUrl,
        };
        var command = new Command("serve", "Serve the reading room and the JSON API.") { urls };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            var listen = parseResult.GetValue(urls) ?? ReadingRoom.DefaultUrl;
            // The archive opens on a thread of its own (its store's first steps do not yield) while the app is composed on
            // this one: each is about half of `serve`'s start on the 100 volumes.
            var opening = Task.Factory.StartNew(() => context.OpenArchiveAsync(cancellationToken, TimeProvider.System), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
            await using var app = ReadingRoom.Build(opening, TimeProvider.System, listen);
            // An archive that cannot be opened stops the command here, with its own error, before the app starts.
            await using var archive = await opening.ConfigureAwait(false);
            if (archive.Index is null && archive.IndexUnavailableReason is { } reason)
            {
                // Without the index, every search would be answered from the store: slow alone, and under load not at all.
                context.Error.WriteLine($"error: cannot serve {context.DataFolder}: {reason}. Stop that process, or give this one a data folder of its own (--data).");
                return 2;
            }
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            foreach (var url in app.Urls)
            {
                context.Output.WriteLine($"Dossier reading room on {url} (data: {context.DataFolder}); Ctrl+C stops it.");
            }
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: the normal way to stop serving.
            }
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
