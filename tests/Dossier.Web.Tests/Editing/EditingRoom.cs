using System.Net;
using System.Text;
using Dossier.Core.Composition;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Hosting;
using Dossier.Testing;
using Dossier.Web.Editing;
using Dossier.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dossier.Web.Tests.Editing;

/// <summary>
/// A reading room with its editorial workspace (real Kestrel, SQLite and Lucene in a temp folder) on a fake clock,
/// holding the invented public letter. Tests edit through the app's own <see cref="EditorialDesk"/> or over HTTP.
/// </summary>
public sealed class EditingRoom : IAsyncDisposable
{
    private readonly TempFolder _folder = new("dossier-web-editing");
    private WebApplication? _app;

    private EditingRoom(FakeTimeProvider clock) => Clock = clock;

    public FakeTimeProvider Clock { get; }

    public Archive Archive { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public EditorialDesk Desk => Services.GetRequiredService<EditorialDesk>();

    public static async Task<EditingRoom> StartAsync(DateTimeOffset now)
    {
        var room = new EditingRoom(new FakeTimeProvider(now));
        try
        {
            room.Archive = await ArchiveFactory.OpenAsync(room._folder.File("data"), TestContext.Current.CancellationToken, room.Clock);
            var jsonl = room._folder.File("records.jsonl");
            await File.WriteAllLinesAsync(jsonl, [RecordJson.Serialize(InventedRecords.Letter())], new UTF8Encoding(false), TestContext.Current.CancellationToken);
            await room.Archive.ImportAsync([jsonl], new ImportOptions(), cancellationToken: TestContext.Current.CancellationToken);
            room._app = ReadingRoom.Build(room.Archive, "http://127.0.0.1:0");
            await room._app.StartAsync(TestContext.Current.CancellationToken);
            room.BaseAddress = new Uri(room._app.Urls.First());
            room.Client = room.NewClient();
            return room;
        }
        catch
        {
            await room.DisposeAsync();
            throw;
        }
    }

    public HttpClient NewClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None, UseCookies = false }) { BaseAddress = BaseAddress };

    /// <summary>A client that keeps cookies, as a browser does: for the forms (anti-forgery cookie) and a signed-in session.</summary>
    public HttpClient NewCookieClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };

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
