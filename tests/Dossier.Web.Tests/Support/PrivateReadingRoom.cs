using System.Text;
using Dossier.Core.Composition;
using Dossier.Core.Importing;
using Microsoft.Extensions.Time.Testing;

namespace Dossier.Web.Tests.Support;

/// <summary>
/// A reading room of its own on a fake clock, for tests that compare archives holding different records or move
/// time forward. The shared fixture's archive is left alone.
/// </summary>
public sealed class PrivateReadingRoom : IAsyncDisposable
{
    private readonly RunningRoom _room;

    private PrivateReadingRoom(RunningRoom room, FakeTimeProvider clock) => (_room, Clock) = (room, clock);

    public FakeTimeProvider Clock { get; }

    public Archive Archive => _room.Archive;

    public HttpClient Client => _room.Client;

    /// <summary>Imports <paramref name="files"/> and then <paramref name="jsonLines"/> (as one JSON Lines file), brings the index up, and starts the server.</summary>
    public static async Task<PrivateReadingRoom> StartAsync(DateTimeOffset now, IEnumerable<string> jsonLines, params string[] files)
    {
        var clock = new FakeTimeProvider(now);
        var cancel = TestContext.Current.CancellationToken;
        var room = await RunningRoom.StartAsync("dossier-web-private", async (archive, folder) =>
        {
            var jsonl = folder.File("records.jsonl");
            await File.WriteAllLinesAsync(jsonl, jsonLines, new UTF8Encoding(false), cancel);
            var report = await archive.Import.ImportAsync([.. files, jsonl], new ImportOptions(), cancellationToken: cancel);
            Assert.Empty(report.Failed);
            if (archive.Index is { } index)
            {
                await index.CatchUpAsync(cancellationToken: cancel);
            }
        }, clock);
        return new PrivateReadingRoom(room, clock);
    }

    public ValueTask DisposeAsync() => _room.DisposeAsync();
}
