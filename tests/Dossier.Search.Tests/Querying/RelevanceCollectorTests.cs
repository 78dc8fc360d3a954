using CsCheck;
using Dossier.Search.Analysis;
using Dossier.Search.Indexing;
using Dossier.Search.Querying;
using Dossier.Search.Visibility;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dossier.Search.Tests.Querying;

/// <summary>
/// The relevance page's own collector keeps what Lucene's field collector sorted by score, then record id, keeps: the
/// same records in the same order with the same scores, the same count of records found and the same windows of it,
/// whatever the page's size, the ties (texts of a few words, scores rounded as a search rounds them) and the segments.
/// </summary>
public sealed class RelevanceCollectorTests
{
    private static readonly string[] Words = ["harbour", "lighthouse", "customs", "quay", "pilot", "tariff"];

    [Fact]
    public void Should_keep_the_records_the_field_collector_sorted_by_score_and_id_keeps()
    {
        var text = Gen.Int[0, Words.Length - 1].Array[1, 8].Select(w => string.Join(' ', w.Select(i => Words[i])));
        var query = Gen.Int[0, Words.Length - 1].Array[1, 3];
        Gen.Select(text.List[1, 60], query, Gen.Int[1, 25], Gen.Int[1, 4], Gen.Int[0, 30]).Sample((texts, words, size, segments, start) =>
        {
            // Record ids are hashed, so the order of ties by id is not the order of indexing.
            var records = texts.Select((t, i) => SyntheticRecords.Make("r" + i, t)).ToList();
            using var index = MemoryIndex.Of(records, segments);
            var searcher = new IndexSearcher(index.Reader);
            // A required word, so that the scorer keeps documents in order, as the rounding of scores needs (a search's queries do).
            var asked = new BooleanQuery();
            for (var i = 0; i < words.Length; i++)
            {
                asked.Add(new TermQuery(new Term(SearchFields.Exact, Words[words[i]])), i == 0 ? Occur.MUST : Occur.SHOULD);
            }

            var ours = new RelevanceCollector(size);
            searcher.Search(asked, new StableScores(ours));

            // Lucene's collector gives its records once (its queue is emptied), so each window is a search of its own.
            Assert.Equal(Page(Lucene(searcher, asked, size, out var found).GetTopDocs()), Page(ours.GetTopDocs()));
            Assert.Equal(found, ours.TotalHits);
            Assert.Equal(Page(Lucene(searcher, asked, size, out _).GetTopDocs(start, 10)), Page(ours.GetTopDocs(start, 10)));
        }, iter: 300);
    }

    private static TopFieldCollector Lucene(IndexSearcher searcher, Query query, int size, out int found)
    {
        var collector = TopFieldCollector.Create(new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.Id, SortFieldType.STRING)), size, false, true, false, false);
        searcher.Search(query, new StableScores(collector));
        found = collector.TotalHits;
        return collector;
    }

    private static List<(int Doc, float Score)> Page(TopDocs docs) => [.. docs.ScoreDocs.Select(d => (d.Doc, d.Score))];
}
