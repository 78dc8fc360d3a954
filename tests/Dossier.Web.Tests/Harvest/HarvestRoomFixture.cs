using System.Net;
using System.Text;
using Dossier.Core.Composition;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Hosting;
using Dossier.Testing;
using Dossier.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace Dossier.Web.Tests.Harvest;

/// <summary>
/// A reading room of its own for the harvesting tests, since they delete and withdraw records: tei-mini, the model
/// record and the invented records (a draft and an embargo among them), then one record withdrawn and one deleted.
/// </summary>
public sealed class HarvestRoomFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new("dossier-harvest-web");
    private WebApplication? _app;

    public Archive Archive { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string WithdrawnId { get; } = RecordId.For(InventedRecords.Archive, "withdrawn-1");

    public string DeletedId { get; } = RecordId.For(InventedRecords.Archive, "deleted-1");

    public async ValueTask InitializeAsync()
    {
        Archive = await ArchiveFactory.OpenAsync(_folder.File("data"));
        var withdrawn = InventedRecords.Letter();
        withdrawn.Source.RecordId = "withdrawn-1";
        withdrawn.Title = "A letter later withdrawn";
        var deleted = InventedRecords.Letter();
        deleted.Source.RecordId = "deleted-1";
        var invented = _folder.File("invented.jsonl");
        await File.WriteAllLinesAsync(invented, InventedRecords.All().Append(withdrawn).Append(deleted).Select(r => RecordJson.Serialize(r)), new UTF8Encoding(false));
        await Archive.Import.ImportAsync([invented, Shared.ModelRecord, Shared.PathTo("corpora/frus/tei-mini")], new ImportOptions());
        withdrawn.Id = WithdrawnId;
        withdrawn.Status = RecordStatus.Withdrawn;
        await Archive.Store.Records.UpsertAsync([withdrawn]);
        await Archive.Store.Records.DeleteAsync(DeletedId);
        _app = ReadingRoom.Build(Archive, "http://127.0.0.1:0");
        await _app.StartAsync();
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All })
        {
            BaseAddress = new Uri(_app.Urls.First()),
        };
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
