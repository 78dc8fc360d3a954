using CsCheck;
using Dossier.Search.Querying;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Dossier.Search.Tests.Querying;

/// <summary>
/// A required query plus bounded optional clauses scores every record, to the bit, as a Boolean query of the required
/// part and the clauses' sum; told how many best records a search keeps, it gives the same best records with the same
/// scores while not scoring the optional clauses of records that cannot reach them. Indexes here have several
/// segments, so the best scores carry from one segment to the next.
/// </summary>
public sealed class BoundedOptionalQueryTests
{
    private static readonly string[] Words = ["harbour", "lighthouse", "customs", "quay", "pilot", "tariff", "and"];

    [Fact]
    public void Should_give_the_best_records_and_scores_of_the_boolean_query_whatever_it_keeps()
    {
        // Texts of a few common words, so that scores tie and records fall just below the page.
        var text = Gen.Int[0, Words.Length - 1].Array[1, 12].Select(w => string.Join(' ', w.Select(i => Words[i])));
        var shape = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 5], Gen.Float[0.1f, 4f], Gen.Float[0.1f, 4f], Gen.Float[0.1f, 4f]);
        Gen.Select(text.List[20, 120], shape, Gen.Int[1, 15]).Sample((texts, s, keep) =>
        {
            using var index = Open(texts);
            var (first, second, quorum, near, soft) = s;
            var reference = Reference(first, second, quorum, near, soft);

            var full = Bounded(first, second, quorum, near, soft);
            var kept = Bounded(first, second, quorum, near, soft);
            kept.Keep = keep;

            // Every record, scored whole: the same scores as the Boolean query, bit for bit.
            Assert.Equal(All(index, reference), All(index, full));
            // The best kept: the same records, in the same order, with the same scores.
            Assert.Equal(Best(index, reference, keep), Best(index, kept, keep));
        }, iter: 300);
    }

    [Fact]
    public void Should_not_score_the_optional_clauses_of_a_record_that_cannot_reach_the_page()
    {
        // A few records hold both required words; the rest hold one, and the soft word, which the page cannot make up for.
        using var index = Open([.. Enumerable.Range(0, 200).Select(i => i % 10 == 0 ? "harbour lighthouse harbour lighthouse" : "harbour tariff customs " + new string('x', 1 + (i % 7)))]);
        var reference = Reference(0, 1, 0.5f, 0.5f, 1f);
        var kept = Bounded(0, 1, 0.5f, 0.5f, 1f);
        kept.Keep = 1;

        var whole = All(index, reference);
        var given = All(index, kept);

        Assert.Equal(Best(index, reference, 1), Best(index, kept, 1));
        // Records below the page were given less than their whole score: their optional clauses were not scored.
        Assert.Contains(given, g => g.Value < whole[g.Key]);
        Assert.All(given, g => Assert.True(g.Value <= whole[g.Key]));
    }

    /// <summary>Required: either of two words. Optional: a quorum of both, their proximity (costliest), and a soft word.</summary>
    private static BoundedOptionalQuery Bounded(int first, int second, float quorum, float near, float soft)
    {
        var (required, optional, proximity) = Parts(first, second, quorum, near, soft);
        return BoundedOptionalQuery.Over(required, optional, costliest: proximity);
    }

    private static BooleanQuery Reference(int first, int second, float quorum, float near, float soft)
    {
        var (required, optional, _) = Parts(first, second, quorum, near, soft);
        return new BooleanQuery(disableCoord: true) { { required, Occur.MUST }, { optional, Occur.SHOULD } };
    }

    private static (Query Required, ClauseSumQuery Optional, Query Proximity) Parts(int first, int second, float quorum, float near, float soft)
    {
        var required = new ClauseSumQuery();
        required.Add(new TieredScoreQuery(Term(Words[first]), 0f, 8f, 5f));
        required.Add(new TieredScoreQuery(Term(Words[second]), 0f, 6f, 5f));
        var both = new BooleanQuery(disableCoord: true) { { Term(Words[first]), Occur.MUST }, { Term(Words[second]), Occur.MUST } };
        var phrase = new PhraseQuery { Slop = 2 };
        phrase.Add(new Term("text", Words[first]));
        phrase.Add(new Term("text", Words[second]));
        var proximity = new TieredScoreQuery(phrase, 0f, near, 5f);
        var optional = new ClauseSumQuery();
        optional.Add(new ConstantScoreQuery(both) { Boost = quorum });
        optional.Add(proximity);
        optional.Add(new TieredScoreQuery(Term("tariff"), 0f, soft, 5f));
        return (required, optional, proximity);
    }

    private static TermQuery Term(string word) => new(new Term("text", word));

    private static MemoryIndex Open(IReadOnlyList<string> texts)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            Similarity = new BM25Similarity(),
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < texts.Count; i++)
            {
                writer.AddDocument(new Document { new StringField("id", i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES), new TextField("text", texts[i], Field.Store.NO) });
                if (i % 17 == 16)
                {
                    // A segment every 17 records.
                    writer.Commit();
                }
            }
        }
        return MemoryIndex.Over(directory);
    }

    private static IndexSearcher Searcher(MemoryIndex index) => new(index.Reader) { Similarity = new BM25Similarity() };

    /// <summary>Every record's score as the collector was given it.</summary>
    private static Dictionary<int, float> All(MemoryIndex index, Query query)
    {
        var scores = new Dictionary<int, float>();
        Searcher(index).Search(query, new EveryScore(scores));
        return scores;
    }

    /// <summary>The best records as the archive's searches collect them: by score, then id, the score asked for more than once.</summary>
    private static List<(int Doc, float Score)> Best(MemoryIndex index, Query query, int keep)
    {
        var top = TopFieldCollector.Create(new Sort(SortField.FIELD_SCORE, new SortField("id", SortFieldType.STRING)), keep, false, true, false, false);
        Searcher(index).Search(query, top);
        return [.. top.GetTopDocs().ScoreDocs.Select(d => (d.Doc, d.Score))];
    }

    private sealed class EveryScore(Dictionary<int, float> scores) : ICollector
    {
        private Scorer? _scorer;
        private int _base;

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

        public void Collect(int doc) => scores[_base + doc] = _scorer!.GetScore();
    }
}
