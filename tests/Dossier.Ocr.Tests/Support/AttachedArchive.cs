using Dossier.Core.Composition;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Core.Scans;
using Dossier.Hosting;
using Dossier.Testing;
using Dossier.Web;
using Microsoft.AspNetCore.Builder;

namespace Dossier.Ocr.Tests.Support;

/// <summary>
/// The scenario, once for the test classes that use it: the model record imported, a page of its Russian
/// text typeset and attached with --ocr ru through <see cref="ScanAttacher"/> (real Tesseract), a draft record
/// holding a scan of its own, and a reading room serving the archive. Without Tesseract the OCR step is left out (the tests that need it
/// fail under CI=true, and skip elsewhere, through <see cref="Tools.RequireTesseract"/>).
/// </summary>
public sealed class AttachedArchive : IAsyncLifetime
{
    private readonly TempFolder _folder = new("dossier-scans");
    private WebApplication? _app;

    public Archive Archive { get; private set; } = null!;

    public string RecordId { get; private set; } = "";

    public string DraftId { get; private set; } = "";

    /// <summary>The Russian text that was typeset on the page.</summary>
    public string Passage { get; private set; } = "";

    public TextLayer Layer { get; private set; } = null!;

    public AttachResult Attached { get; private set; } = null!;

    public ScanPage DraftPage { get; private set; } = null!;

    public string PagePath { get; private set; } = "";

    public ScanAttacher Attacher { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Archive = await ArchiveFactory.OpenAsync(_folder.File("data"));
        await Archive.Import.ImportAsync([Shared.ModelRecord], new ImportOptions());
        var record = (await Archive.Store.Records.FindAsync("119698"))!;
        RecordId = record.Id;
        var russian = record.Layers.First(l => l.Kind == LayerKind.Transcription && l.Lang == "ru").Text;
        // The letter's opening paragraphs: about 700 characters, cut at a sentence end.
        var body = russian.IndexOf("Уважаемый", StringComparison.Ordinal);
        var end = russian.IndexOf('.', body + 600);
        Passage = russian[body..(end + 1)];
        PagePath = _folder.File("letter-page-1.png");
        PageRenderer.Render(Passage, PagePath);

        Attacher = new ScanAttacher(Archive.Store.Records, Archive.Scans!, Archive.Ocr);
        Attached = await Attacher.AttachAsync(RecordId, [PagePath]);
        try
        {
            Layer = await Attacher.RecognizeAsync(RecordId, ["ru"]);
        }
        catch (Dossier.Ocr.Processes.ToolMissingException)
        {
        }

        var draft = new ArchiveRecord { Source = new SourceIdentifier { Archive = "test", RecordId = "draft-1" }, Title = "A draft letter", Status = RecordStatus.Draft };
        draft.Id = Dossier.Core.Records.RecordId.For(draft.Source);
        DraftId = draft.Id;
        await Archive.Store.Records.UpsertAsync([draft]);
        var draftImage = _folder.File("draft.png");
        PageRenderer.Render("Черновик, не для публикации", draftImage);
        DraftPage = (await Attacher.AttachAsync(DraftId, [draftImage])).Added[0];

        if (Archive.Index is { } index)
        {
            await index.CatchUpAsync();
        }
        _app = ReadingRoom.Build(Archive, "http://127.0.0.1:0");
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress };
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
