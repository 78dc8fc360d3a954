using Dossier.Core.Records;
using Dossier.Core.Search;

namespace Dossier.Search.Tests;

/// <summary>
/// A word found in OCR text is found in one garbled word carrying most of its letter triples, never in triples spread
/// over several words, whatever the word's length; and the hit marks the garbled word it was found in.
/// </summary>
public sealed class OcrWordTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_find_a_long_word_in_one_garbled_ocr_word_and_not_in_its_triples_spread_over_several()
    {
        using var archive = new IndexedArchive();
        // "estabilshed" carries 7 of the 11 triples of "established" (the share asked); the other record holds all 11,
        // spread over four words, none of which is the word.
        var garbled = Scanned("garbled", "the commitee was estabilshed in moscow");
        var spread = Scanned("spread", "esker bestable blister dished");
        await archive.AddAsync(garbled, spread);

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "established" }, Cancel);

        var hit = Assert.Single(result.Hits);
        Assert.Equal(garbled.Id, hit.Id);
        Assert.Contains("estabilshed", hit.Matched);
    }

    private static ArchiveRecord Scanned(string key, string ocrText) => new()
    {
        Id = RecordId.For("Test Archive", key),
        Source = new SourceIdentifier { Archive = "Test Archive", RecordId = key },
        Title = "Scanned page " + key,
        Layers = [new TextLayer { Kind = LayerKind.Original, Lang = "en", Provenance = new LayerProvenance { Method = CaptureMethod.Ocr }, Text = ocrText }],
    };
}
