using Dossier.Core.Authorities;
using Dossier.Core.Composition;
using Dossier.Core.Importing;
using Dossier.Testing;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Authorities;

/// <summary>
/// A reading room imported as an archivist would: the FRUS tei-mini volumes first (the authority files), then the
/// model record, whose names are recognised against them, then the authorities tidied as `dossier import` does.
/// </summary>
public sealed class AuthorityRoomFixture : IAsyncLifetime
{
    private RunningRoom _room = null!;

    public Archive Archive => _room.Archive;

    public HttpClient Client => _room.Client;

    public CurationReport Tidied { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        _room = await RunningRoom.StartAsync("dossier-authorities", async (archive, _) =>
        {
            await archive.Import.ImportAsync([Shared.PathTo("corpora/frus/tei-mini")], new ImportOptions());
            await archive.Import.ImportAsync([Shared.ModelRecord], new ImportOptions());
            Tidied = await new AuthorityCuration(archive.Store).TidyAsync();
            if (archive.Index is { } index)
            {
                await index.CatchUpAsync();
            }
        });

    public async ValueTask DisposeAsync()
    {
        if (_room is not null)
        {
            await _room.DisposeAsync();
        }
    }
}
