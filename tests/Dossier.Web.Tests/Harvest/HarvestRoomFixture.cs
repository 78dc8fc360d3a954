using System.Net;
using System.Text;
using Dossier.Core.Composition;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Testing;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Harvest;

/// <summary>
/// A reading room of its own for the harvesting tests, since they delete and withdraw records: tei-mini, the model
/// record and the invented records (a draft and an embargo among them), then one record withdrawn and one deleted.
/// </summary>
public sealed class HarvestRoomFixture : IAsyncLifetime
{
    private RunningRoom _room = null!;

    public Archive Archive => _room.Archive;

    public HttpClient Client => _room.Client;

    public string WithdrawnId { get; } = RecordId.For(InventedRecords.Archive, "withdrawn-1");

    public string DeletedId { get; } = RecordId.For(InventedRecords.Archive, "deleted-1");

    public async ValueTask InitializeAsync() =>
        _room = await RunningRoom.StartAsync("dossier-harvest-web", async (archive, folder) =>
        {
            var withdrawn = InventedRecords.Letter();
            withdrawn.Source.RecordId = "withdrawn-1";
            withdrawn.Title = "A letter later withdrawn";
            var deleted = InventedRecords.Letter();
            deleted.Source.RecordId = "deleted-1";
            var invented = folder.File("invented.jsonl");
            await File.WriteAllLinesAsync(invented, InventedRecords.All().Append(withdrawn).Append(deleted).Select(r => RecordJson.Serialize(r)), new UTF8Encoding(false));
            await archive.Import.ImportAsync([invented, Shared.ModelRecord, Shared.PathTo("corpora/frus/tei-mini")], new ImportOptions());
            withdrawn.Id = WithdrawnId;
            withdrawn.Status = RecordStatus.Withdrawn;
            await archive.Store.Records.UpsertAsync([withdrawn]);
            await archive.Store.Records.DeleteAsync(DeletedId);
        }, decompression: DecompressionMethods.All);

    public async ValueTask DisposeAsync()
    {
        if (_room is not null)
        {
            await _room.DisposeAsync();
        }
    }
}
