using Dossier.Core.Search;
using Dossier.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Dossier.Search.Tests;

/// <summary>What the index keeps on disk: each record once, offsets in the postings, no term vectors, its own codec.</summary>
public sealed class IndexShapeTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_index_a_record_once_when_a_catch_up_sees_it_changed_twice_far_apart()
    {
        using var archive = new IndexedArchive();
        // As an import does: every record written, then each one written again (relinked to names) after the others.
        await archive.Store.UpsertAsync([.. Enumerable.Range(0, 1200).Select(i => SyntheticRecords.Make("r" + i, "an invented lantern maker number " + i))], Cancel);
        var relinked = Enumerable.Range(0, 1200).Select(i => SyntheticRecords.Make("r" + i, "an invented lantern maker number " + i)).ToList();
        relinked.ForEach(r => r.Title += " (relinked)");
        await archive.Store.UpsertAsync(relinked, Cancel);

        await archive.Index.CatchUpAsync(cancellationToken: Cancel);

        Assert.Equal(2400, archive.Index.AppliedSequence);
        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "lantern", Limit = 1 }, Cancel);
        Assert.Equal(1200, result.Total);
        Assert.EndsWith("(relinked)", result.Hits[0].Title, StringComparison.Ordinal);
        archive.Index.Dispose();
        using var directory = FSDirectory.Open(archive.Index.IndexFolder);
        using var reader = DirectoryReader.Open(directory);
        // A copy indexed at the first change would stay on disk as a deleted document until a merge.
        Assert.Equal(1200, reader.MaxDoc);
        Assert.Equal(0, reader.NumDeletedDocs);
    }

    [Theory]
    [InlineData("en", "Pishevari's anti-Party letter to Хрущеву and Khrushchyov, a co-operative of Baku")]
    [InlineData("ru", "Пишевари писал Хрущеву из Тебриза о партийной работе")]
    public async Task Should_index_the_key_field_as_the_key_analysis_of_the_text(string lang, string text)
    {
        // The index's key field holds what the query side's key analysis makes of the text: the same terms at the same
        // positions, stacked ones included (a Russian name's stem, a hyphenated whole).
        using var archive = new IndexedArchive();
        await archive.AddAsync(SyntheticRecords.Make("keys", text, lang));
        archive.Index.Dispose();
        var expected = DossierAnalyzers.Tokens(SearchFields.Key, text, lang).Select(t => (t.Term, t.Position)).ToList();
        var layerEnd = expected.Max(t => t.Position);

        using var directory = FSDirectory.Open(archive.Index.IndexFolder);
        using var reader = DirectoryReader.Open(directory);
        var layer = new List<(string, int)>();
        var terms = MultiFields.GetTerms(reader, SearchFields.Key).GetEnumerator();
        while (terms.MoveNext())
        {
            var positions = terms.DocsAndPositions(null, null);
            Assert.Equal(0, positions.NextDoc());
            for (var i = 0; i < positions.Freq; i++)
            {
                // The description and notes follow the layer, a gap further on.
                if (positions.NextPosition() is var position && position <= layerEnd)
                {
                    layer.Add((terms.Term.Utf8ToString(), position));
                }
            }
        }

        Assert.Contains(expected, t => t.Term == "PISVR");
        Assert.Equal(expected.OrderBy(t => t.Position).ThenBy(t => t.Term, StringComparer.Ordinal), layer.OrderBy(t => t.Item2).ThenBy(t => t.Item1, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_keep_offsets_only_in_the_ocr_field_and_no_term_vectors()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(SyntheticRecords.Make("kept", "an invented lantern maker"));
        archive.Index.Dispose();

        using var directory = FSDirectory.Open(archive.Index.IndexFolder);
        using var reader = DirectoryReader.Open(directory);
        var fields = MultiFields.GetMergedFieldInfos(reader);
        Assert.False(fields.HasVectors);
        // The word fields' spans are in one table per record (WordSpans); their postings hold positions, and payloads for
        // hyphenated wholes.
        foreach (var field in new[] { "text", "latn", "key", "stem.en" })
        {
            Assert.Equal(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, fields.FieldInfo(field).IndexOptions);
        }
        Assert.Equal(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, fields.FieldInfo("ocr").IndexOptions);
        Assert.Equal(DocValuesType.BINARY, fields.FieldInfo("word_spans").DocValuesType);
    }

    [Fact]
    public async Task Should_write_every_segment_with_the_index_codec_and_read_its_stored_text_back()
    {
        using var archive = new IndexedArchive();
        var longText = string.Join(' ', Enumerable.Range(0, 3_000).Select(i => "lantern" + i));
        await archive.AddAsync(SyntheticRecords.Make("long", longText + " keeper"));
        await archive.AddAsync(SyntheticRecords.Make("short", "an invented lantern keeper"));
        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "keeper", Limit = 2 }, Cancel);
        archive.Index.Dispose();

        var segments = new SegmentInfos();
        using var directory = FSDirectory.Open(archive.Index.IndexFolder);
        segments.Read(directory);
        // Stored fields in 4 KB chunks (IndexCodec): a hit's text decompresses from its own chunk, not a 16 KB one.
        Assert.NotEmpty(segments.Segments);
        Assert.All(segments.Segments, s => Assert.Equal("Dossier46", s.Info.Codec.Name));
        // A record several chunks long (sliced when stored) reads back whole: its snippet is from its end.
        Assert.Equal(2, result.Hits.Count);
        Assert.Contains(result.Hits, h => h.Snippets.Any(s => s.Text.Contains("keeper", StringComparison.Ordinal) && s.Text.Contains("lantern2999", StringComparison.Ordinal)));
    }
}
