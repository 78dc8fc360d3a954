using System.Net;
using System.Text;
using System.Text.Json;
using Dossier.Core.Authorities;
using Dossier.Core.Composition;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Testing;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Harvest;

/// <summary>
/// A reading room of its own for the harvesting tests, since they delete and withdraw records: tei-mini, the model
/// record and the invented records (a draft and an embargo among them), then one record withdrawn (the only one naming
/// Ottoline Quarrington) and one deleted.
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
            // Named by no other record: once the letter is withdrawn, no public page may lead to her.
            var quarrington = new Authority { Id = AuthorityId.For(AuthorityKind.Person, "Quarrington, Ottoline"), Kind = AuthorityKind.Person, PreferredName = "Quarrington, Ottoline" };
            withdrawn.People = [new EntityLink { Name = "Ottoline Quarrington", AuthorityId = quarrington.Id }];
            var deleted = InventedRecords.Letter();
            deleted.Source.RecordId = "deleted-1";
            var invented = folder.File("invented.jsonl");
            var lines = InventedRecords.All().Append(withdrawn).Append(deleted).Select(r => RecordJson.Serialize(r))
                .Prepend(JsonSerializer.Serialize(new { type = "authority", authority = quarrington }, RecordJson.Options));
            await File.WriteAllLinesAsync(invented, lines, new UTF8Encoding(false));
            await archive.Import.ImportAsync([invented, Shared.ModelRecord, Shared.PathTo("corpora/frus/tei-mini")], new ImportOptions());
            // Withdrawn as stored, so its links to the people it names stay.
            var stored = (await archive.Store.Records.FindAsync(WithdrawnId))!;
            stored.Status = RecordStatus.Withdrawn;
            await archive.Store.Records.UpsertAsync([stored]);
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
