using System.Net;
using System.Text;
using Dossier.Core.Composition;
using Dossier.Core.Importing;
using Dossier.Hosting;
using Dossier.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Time.Testing;

namespace Dossier.Web.Tests.Support;

/// <summary>
/// A reading room of its own (real Kestrel, SQLite and Lucene in a temp folder) on a fake clock, for tests that
/// compare archives holding different records or move time forward. The shared fixture's archive is left alone.
/// </summary>
public sealed class PrivateReadingRoom : IAsyncDisposable
{
    private readonly TempFolder _folder = new("dossier-web-private");
    private WebApplication? _app;

    private PrivateReadingRoom(FakeTimeProvider clock) => Clock = clock;

    public FakeTimeProvider Clock { get; }

    public Archive Archive { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Imports <paramref name="files"/> and then <paramref name="jsonLines"/> (as one JSON Lines file), brings the index up, and starts the server.</summary>
    public static async Task<PrivateReadingRoom> StartAsync(DateTimeOffset now, IEnumerable<string> jsonLines, params string[] files)
    {
        var room = new PrivateReadingRoom(new FakeTimeProvider(now));
        try
        {
            room.Archive = await ArchiveFactory.OpenAsync(room._folder.File("data"), TestContext.Current.CancellationToken, room.Clock);
            var jsonl = room._folder.File("records.jsonl");
            await File.WriteAllLinesAsync(jsonl, jsonLines, new UTF8Encoding(false), TestContext.Current.CancellationToken);
            var report = await room.Archive.Import.ImportAsync([.. files, jsonl], new ImportOptions(), cancellationToken: TestContext.Current.CancellationToken);
            Assert.Empty(report.Failed);
            if (room.Archive.Index is { } index)
            {
                await index.CatchUpAsync(cancellationToken: TestContext.Current.CancellationToken);
            }
            room._app = ReadingRoom.Build(room.Archive, "http://127.0.0.1:0");
            await room._app.StartAsync(TestContext.Current.CancellationToken);
            room.Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
            {
                BaseAddress = new Uri(room._app.Urls.First()),
            };
            return room;
        }
        catch
        {
            await room.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (Archive is not null)
        {
            await Archive.DisposeAsync();
        }
        _folder.Dispose();
    }
}
