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
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var listen = parseResult.GetValue(urls) ?? ReadingRoom.DefaultUrl;
            await using var app = ReadingRoom.Build(archive, listen);
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
