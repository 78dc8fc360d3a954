using System.Text;
using Dossier.Core.Composition;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Testing;

namespace Dossier.Web.Tests.Support;

/// <summary>
/// One reading room for the whole test run over the model record, tei-mini and the invented records, imported
/// through ImportService and indexed before the server starts.
/// </summary>
public sealed class ReadingRoomFixture : IAsyncLifetime
{
    private RunningRoom _room = null!;

    public Archive Archive => _room.Archive;

    public Uri BaseAddress => _room.BaseAddress;

    public HttpClient Client => _room.Client;

    public ImportReport Report { get; private set; } = null!;

    /// <summary>The running app's services (endpoints, the account desk).</summary>
    public IServiceProvider Services => _room.Services;

    public string IdOf(string sourceRecordId) => RecordId.For(InventedRecords.Archive, sourceRecordId);

    public async ValueTask InitializeAsync() =>
        _room = await RunningRoom.StartAsync("dossier-web", async (archive, folder) =>
        {
            var invented = folder.File("invented.jsonl");
            await File.WriteAllLinesAsync(invented, InventedRecords.All().Select(r => RecordJson.Serialize(r)), new UTF8Encoding(false));
            Report = await archive.Import.ImportAsync(
                [invented, Shared.ModelRecord, Shared.PathTo("corpora/frus/tei-mini")], new ImportOptions());
            if (archive.Index is { } index)
            {
                await index.CatchUpAsync();
            }
        });

    public HttpClient NewClient() => _room.NewClient();

    public async ValueTask DisposeAsync()
    {
        if (_room is not null)
        {
            await _room.DisposeAsync();
        }
    }
}
