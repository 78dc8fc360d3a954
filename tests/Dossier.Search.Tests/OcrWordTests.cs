using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Search.Authorities;
using Dossier.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Store;

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

    [Fact]
    public async Task Should_give_a_word_its_ocr_forms_only_when_the_index_holds_ocr_text()
    {
        using var clean = new IndexedArchive();
        await clean.AddAsync(SyntheticRecords.Make("typed", "the committee was established in moscow"));
        using var scanned = new IndexedArchive();
        await scanned.AddAsync(Scanned("garbled", "the commitee was estabilshed in moscow"));

        var withoutOcr = WordIn(clean, "established");
        var withOcr = WordIn(scanned, "established");

        Assert.False(withoutOcr.Ocr);
        Assert.Empty(withoutOcr.OcrGrams);
        Assert.Empty(withoutOcr.OcrWords);
        Assert.True(withOcr.Ocr);
        Assert.NotEmpty(withOcr.OcrGrams);
        Assert.Equal(withOcr.Latin, withoutOcr.Latin);
        Assert.Equal(withOcr.Keys, withoutOcr.Keys);
    }

    /// <summary>The word as a search of <paramref name="archive"/>'s index analyses it.</summary>
    private static MatchWord WordIn(IndexedArchive archive, string text)
    {
        archive.Index.Dispose();
        using var directory = FSDirectory.Open(archive.Index.IndexFolder);
        using var reader = DirectoryReader.Open(directory);
        return new QueryContext(reader, AuthorityNames.Empty, null).Word(text, prefix: false);
    }

    private static ArchiveRecord Scanned(string key, string ocrText) => new()
    {
        Id = RecordId.For("Test Archive", key),
        Source = new SourceIdentifier { Archive = "Test Archive", RecordId = key },
        Title = "Scanned page " + key,
        Layers = [new TextLayer { Kind = LayerKind.Original, Lang = "en", Provenance = new LayerProvenance { Method = CaptureMethod.Ocr }, Text = ocrText }],
    };
}
