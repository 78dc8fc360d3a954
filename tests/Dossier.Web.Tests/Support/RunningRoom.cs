using System.Net;
using Dossier.Core.Composition;
using Dossier.Hosting;
using Dossier.Testing;
using Microsoft.AspNetCore.Builder;

namespace Dossier.Web.Tests.Support;

/// <summary>
/// A reading room on a real Kestrel server (127.0.0.1, free port) over a real archive (SQLite and Lucene) in a temp
/// folder of its own: opened, filled by the caller, started, and torn down in one place for every web fixture.
/// </summary>
public sealed class RunningRoom : IAsyncDisposable
{
    private readonly TempFolder _folder;
    private WebApplication? _app;

    private RunningRoom(string prefix) => _folder = new TempFolder(prefix);

    public Archive Archive { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client that follows no redirect, so tests see each answer as sent.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The running app's services (endpoints, the desks).</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>
    /// Opens an archive in a new temp folder named after <paramref name="prefix"/> (on <paramref name="clock"/> when
    /// given), lets <paramref name="fill"/> import into it (it gets the folder for its own files), and starts the server;
    /// <see cref="Client"/> keeps cookies unless <paramref name="cookies"/> is false.
    /// </summary>
    public static async Task<RunningRoom> StartAsync(
        string prefix,
        Func<Archive, TempFolder, Task> fill,
        TimeProvider? clock = null,
        bool cookies = true,
        DecompressionMethods decompression = DecompressionMethods.None)
    {
        // No test's token here: a fixture's archive outlives the test that happens to start it.
        var room = new RunningRoom(prefix);
        try
        {
            room.Archive = await ArchiveFactory.OpenAsync(room._folder.File("data"), time: clock);
            await fill(room.Archive, room._folder);
            room._app = ReadingRoom.Build(room.Archive, "http://127.0.0.1:0");
            await room._app.StartAsync();
            room.BaseAddress = new Uri(room._app.Urls.First());
            room.Client = room.NewClient(cookies, decompression);
            return room;
        }
        catch
        {
            await room.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new client; with <paramref name="cookies"/> it keeps them as a browser does (forms, a signed-in session).</summary>
    public HttpClient NewClient(bool cookies = true, DecompressionMethods decompression = DecompressionMethods.None) =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = decompression,
            UseCookies = cookies,
        })
        { BaseAddress = BaseAddress };

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
