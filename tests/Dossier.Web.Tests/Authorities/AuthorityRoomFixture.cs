using System.Net;
using Dossier.Core.Authorities;
using Dossier.Core.Composition;
using Dossier.Core.Importing;
using Dossier.Hosting;
using Dossier.Testing;
using Microsoft.AspNetCore.Builder;

namespace Dossier.Web.Tests.Authorities;

/// <summary>
/// A reading room imported as an archivist would: the FRUS tei-mini volumes first (the authority files), then the
/// model record, whose names are recognised against them, then the authorities tidied as `dossier import` does.
/// </summary>
public sealed class AuthorityRoomFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new("dossier-authorities");
    private WebApplication? _app;

    public Archive Archive { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public CurationReport Tidied { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Archive = await ArchiveFactory.OpenAsync(_folder.File("data"));
        await Archive.Import.ImportAsync([Shared.PathTo("corpora/frus/tei-mini")], new ImportOptions());
        await Archive.Import.ImportAsync([Shared.ModelRecord], new ImportOptions());
        Tidied = await new AuthorityCuration(Archive.Store).TidyAsync();
        if (Archive.Index is { } index)
        {
            await index.CatchUpAsync();
        }
        _app = ReadingRoom.Build(Archive, "http://127.0.0.1:0");
        await _app.StartAsync();
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
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
