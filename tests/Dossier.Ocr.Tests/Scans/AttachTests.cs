using System.Globalization;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Ocr.Tests.Support;

namespace Dossier.Ocr.Tests.Scans;

/// <summary>Attaching a typeset Russian page to the model record gives a searchable `ru` OCR layer with confidence.</summary>
public sealed class AttachTests(AttachedArchive archive) : IClassFixture<AttachedArchive>
{
    [Fact]
    public async Task Should_store_the_page_in_the_record_and_write_an_ocr_layer_in_russian_with_confidence()
    {
        Tools.RequireTesseract();
        var record = (await archive.Archive.Store.Records.FindAsync(archive.RecordId, TestContext.Current.CancellationToken))!;

        var scan = Assert.Single(record.Scans!);
        Assert.Equal(archive.Attached.Added[0].Sha256, scan.Sha256);
        Assert.Equal("1", scan.Label);
        Assert.Equal("/iiif/image/" + scan.Sha256, scan.ImageServicePath);
        var layer = Assert.Single(record.Layers, l => l.Provenance.Method == CaptureMethod.Ocr && l.Provenance.OcrEngine is not null);
        Assert.Equal(LayerKind.Original, layer.Kind);
        Assert.Equal("ru", layer.Lang);
        Assert.StartsWith("tesseract 5", layer.Provenance.OcrEngine, StringComparison.Ordinal);
        Assert.InRange(layer.Provenance.Confidence!.Value, 0.7, 1);
        var page = Assert.Single(layer.Pages);
        Assert.Equal("1", page.Number);

        var cer = CharacterErrorRate.Of(layer.Text, archive.Passage);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fixture 119698 passage, ru: {CharacterErrorRate.Normalise(archive.Passage).Length} characters, CER {cer:P2}, confidence {layer.Provenance.Confidence:0.000}"));
        Assert.True(cer < 0.03, string.Create(CultureInfo.InvariantCulture, $"CER {cer:P2}:\n{layer.Text}"));
    }

    [Fact]
    public async Task Should_keep_the_record_json_without_scans_as_it_was()
    {
        var plain = new ArchiveRecord { Id = "d1", Title = "t" };
        Assert.DoesNotContain("scans", RecordJson.Serialize(plain), StringComparison.Ordinal);
        var record = (await archive.Archive.Store.Records.FindAsync(archive.RecordId, TestContext.Current.CancellationToken))!;
        var roundTrip = RecordJson.Deserialize(RecordJson.Serialize(record))!;
        Assert.Equal(record.Scans![0].Sha256, roundTrip.Scans![0].Sha256);
        Assert.Equal(record.Scans[0].Width, roundTrip.Scans[0].Width);
    }

    [Theory]
    [InlineData("Уважаемый")]
    [InlineData("Хрущев")]
    public async Task Should_find_the_record_by_a_word_of_its_ocr_layer(string word)
    {
        Tools.RequireTesseract();
        var result = await archive.Archive.Index!.SearchAsync(new SearchRequest { Query = word, Snippets = 5 }, TestContext.Current.CancellationToken);

        var hit = Assert.Single(result.Hits, h => h.Id == archive.RecordId);
        Assert.Contains(hit.Snippets, s => s.Text.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Should_find_a_word_of_the_ocr_layer_spelled_with_an_ocr_like_error()
    {
        Tools.RequireTesseract();
        // One letter misread, as OCR misreads them ("а" as "е"): the query and the layer differ, the record is still found.
        var result = await archive.Archive.Index!.SearchAsync(new SearchRequest { Query = "секретарь" }, TestContext.Current.CancellationToken);
        Assert.Contains(result.Hits, h => h.Id == archive.RecordId);
        var noisy = await archive.Archive.Index!.SearchAsync(new SearchRequest { Query = "секретерь" }, TestContext.Current.CancellationToken);
        Assert.Contains(noisy.Hits, h => h.Id == archive.RecordId);
    }

    [Fact]
    public async Task Should_attach_the_same_file_again_as_a_no_op()
    {
        var before = await archive.Archive.Store.Records.LastSequenceAsync(TestContext.Current.CancellationToken);

        var again = await archive.Attacher.AttachAsync(archive.RecordId, [archive.PagePath], null, TestContext.Current.CancellationToken);

        Assert.Empty(again.Added);
        Assert.Equal([archive.PagePath], again.AlreadyAttached);
        Assert.Equal(before, await archive.Archive.Store.Records.LastSequenceAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Should_replace_the_ocr_layer_when_ocr_runs_again()
    {
        Tools.RequireTesseract();
        var before = (await archive.Archive.Store.Records.FindAsync(archive.RecordId, TestContext.Current.CancellationToken))!.Layers.Count;

        var layer = await archive.Attacher.RecognizeAsync(archive.RecordId, ["ru"], null, null, TestContext.Current.CancellationToken);

        var record = (await archive.Archive.Store.Records.FindAsync(archive.RecordId, TestContext.Current.CancellationToken))!;
        Assert.Equal(before, record.Layers.Count);
        Assert.Equal(layer.Text, archive.Layer.Text);
        // The imported layers are still there: OCR replaced only its own.
        Assert.Contains(record.Layers, l => l.Kind == LayerKind.Transcription && l.Lang == "ru");
        Assert.Contains(record.Layers, l => l.Kind == LayerKind.Translation);
    }
}
