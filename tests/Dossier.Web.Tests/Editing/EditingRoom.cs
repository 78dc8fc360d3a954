using System.Text;
using Dossier.Core.Composition;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Web.Editing;
using Dossier.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dossier.Web.Tests.Editing;

/// <summary>
/// A reading room with its editorial workspace on a fake clock, holding the invented public letter. Tests edit
/// through the app's own <see cref="EditorialDesk"/> or over HTTP.
/// </summary>
public sealed class EditingRoom : IAsyncDisposable
{
    private readonly RunningRoom _room;

    private EditingRoom(RunningRoom room, FakeTimeProvider clock) => (_room, Clock) = (room, clock);

    public FakeTimeProvider Clock { get; }

    public Archive Archive => _room.Archive;

    /// <summary>A client without cookies: each request is anonymous unless it carries its own credentials.</summary>
    public HttpClient Client => _room.Client;

    public Uri BaseAddress => _room.BaseAddress;

    public IServiceProvider Services => _room.Services;

    public EditorialDesk Desk => Services.GetRequiredService<EditorialDesk>();

    public static async Task<EditingRoom> StartAsync(DateTimeOffset now)
    {
        var clock = new FakeTimeProvider(now);
        var cancel = TestContext.Current.CancellationToken;
        var room = await RunningRoom.StartAsync("dossier-web-editing", async (archive, folder) =>
        {
            var jsonl = folder.File("records.jsonl");
            await File.WriteAllLinesAsync(jsonl, [RecordJson.Serialize(InventedRecords.Letter())], new UTF8Encoding(false), cancel);
            await archive.ImportAsync([jsonl], new ImportOptions(), cancellationToken: cancel);
        }, clock, cookies: false);
        return new EditingRoom(room, clock);
    }

    public HttpClient NewClient() => _room.NewClient(cookies: false);

    /// <summary>A client that keeps cookies, as a browser does: for the forms (anti-forgery cookie) and a signed-in session.</summary>
    public HttpClient NewCookieClient() => _room.NewClient(cookies: true);

    public ValueTask DisposeAsync() => _room.DisposeAsync();
}
