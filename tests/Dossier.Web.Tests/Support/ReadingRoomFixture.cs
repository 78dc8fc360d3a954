using System.Net;
using System.Text;
using Dossier.Core.Composition;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Hosting;
using Dossier.Testing;
using Microsoft.AspNetCore.Builder;

namespace Dossier.Web.Tests.Support;

/// <summary>
/// One reading room for the whole test run: a real Kestrel server on 127.0.0.1 (free port) over an archive
/// in a temp folder, with the model record, tei-mini and the invented records imported through ImportService.
/// </summary>
public sealed class ReadingRoomFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new("dossier-web");
    private WebApplication? _app;

    public Archive Archive { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public ImportReport Report { get; private set; } = null!;

    /// <summary>The running app's services (endpoints, the account desk).</summary>
    public IServiceProvider Services => _app!.Services;

    public string IdOf(string sourceRecordId) => RecordId.For(InventedRecords.Archive, sourceRecordId);

    public async ValueTask InitializeAsync()
    {
        Archive = await ArchiveFactory.OpenAsync(_folder.File("data"));
        var invented = _folder.File("invented.jsonl");
        await File.WriteAllLinesAsync(invented, InventedRecords.All().Select(r => RecordJson.Serialize(r)), new UTF8Encoding(false));
        Report = await Archive.Import.ImportAsync(
            [invented, Shared.ModelRecord, Shared.PathTo("corpora/frus/tei-mini")], new ImportOptions());
        if (Archive.Index is { } index)
        {
            await index.CatchUpAsync();
        }
        _app = ReadingRoom.Build(Archive, "http://127.0.0.1:0");
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        Client = NewClient();
    }

    public HttpClient NewClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = BaseAddress };

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
