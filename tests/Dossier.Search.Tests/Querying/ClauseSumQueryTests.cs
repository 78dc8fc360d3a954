using System.Globalization;
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
/// A sum of clauses scores a record the same, to the bit, in two indexes of the same records added in opposite orders
/// (every record under other document numbers); Lucene's disjunction sum, which adds in the order of its heap of
/// clauses, does not. Scores here are raw (no collector rounding), so a difference in the last bit shows.
/// </summary>
public sealed class ClauseSumQueryTests
{
    private static readonly string[] Words = ["harbour", "lighthouse", "customs", "quay", "pilot", "tariff"];

    [Fact]
    public void Should_score_every_record_the_same_whatever_its_document_number()
    {
        using var forward = Open(Texts());
        using var backward = Open(Texts().Reverse());

        var sumForward = Scores(forward, Sum());
        var sumBackward = Scores(backward, Sum());
        var luceneForward = Scores(forward, LuceneSum());
        var luceneBackward = Scores(backward, LuceneSum());

        Assert.Equal(Texts().Count(), sumForward.Count);
        Assert.Equal(sumForward, sumBackward);
        // The records and words are such that Lucene's own sum tells the two indexes apart: the test can fail.
        Assert.NotEqual(luceneForward, luceneBackward);
        // The same sum otherwise: equal to Lucene's within float rounding.
        Assert.All(sumForward, s => Assert.Equal(luceneForward[s.Key], s.Value, 1e-4f));
    }

    [Fact]
    public void Should_find_only_the_records_matching_the_minimum_of_clauses()
    {
        using var index = Open(Texts());
        var two = new ClauseSumQuery(2);
        foreach (var word in Words)
        {
            two.Add(new TermQuery(new Term("text", word)));
        }
        var atLeastTwo = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = 2 };
        foreach (var word in Words)
        {
            atLeastTwo.Add(new TermQuery(new Term("text", word)), Occur.SHOULD);
        }

        Assert.Equal(Scores(index, atLeastTwo).Keys.Order(StringComparer.Ordinal), Scores(index, two).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_find_and_score_what_a_boolean_query_of_the_same_minimum_does_alone_and_inside_a_conjunction()
    {
        // Several segments of a few words; clauses of two to six words, any minimum from one to all of them (all: the
        // clauses skip to one another's positions), searched alone (stepping) and beside a required word (skipping).
        var text = Gen.Int[0, Words.Length].Array[1, 10].Select(w => string.Join(' ', w.Select(i => i < Words.Length ? Words[i] : "and")));
        var clauses = Gen.Int[0, Words.Length - 1].Array[2, 6].Select(w => w.Distinct().ToArray()).Where(w => w.Length >= 2);
        Gen.Select(text.List[10, 150], Gen.Int[1, 4], clauses, Gen.Int[1, 6], Gen.Int[0, Words.Length - 1]).Sample((texts, segments, words, minimum, filter) =>
        {
            using var index = OpenSegments(texts, segments);
            var required = Math.Min(minimum, words.Length);
            var sum = new ClauseSumQuery(required);
            var reference = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = required };
            foreach (var word in words)
            {
                sum.Add(new TermQuery(new Term("text", Words[word])));
                reference.Add(new TermQuery(new Term("text", Words[word])), Occur.SHOULD);
            }
            var within = new TermQuery(new Term("text", Words[filter]));

            AssertSame(Scores(index, reference), Scores(index, sum));
            AssertSame(
                Scores(index, new BooleanQuery(disableCoord: true) { { within, Occur.MUST }, { reference, Occur.MUST } }),
                Scores(index, new BooleanQuery(disableCoord: true) { { within, Occur.MUST }, { sum, Occur.MUST } }));
        }, iter: 300);
    }

    private static void AssertSame(Dictionary<string, float> expected, Dictionary<string, float> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(actual, a => Assert.Equal(expected[a.Key], a.Value, Math.Max(1e-5f, expected[a.Key] * 1e-5f)));
    }

    private static ClauseSumQuery Sum()
    {
        var sum = new ClauseSumQuery();
        foreach (var word in Words)
        {
            sum.Add(new TermQuery(new Term("text", word)));
        }
        return sum;
    }

    private static DisjunctionMaxQuery LuceneSum()
    {
        var sum = new DisjunctionMaxQuery(1f);
        foreach (var word in Words)
        {
            sum.Add(new TermQuery(new Term("text", word)));
        }
        return sum;
    }

    /// <summary>Records holding several of the words, as many times as their number says, among other words.</summary>
    private static IEnumerable<(string Id, string Text)> Texts()
    {
        for (var i = 1; i <= 400; i++)
        {
            var words = Words.Where((_, w) => (i >> w & 1) == 1 || i % (w + 2) == 0)
                .SelectMany((word, w) => Enumerable.Repeat(word, 1 + ((i + w) % 4)));
            var filler = Enumerable.Repeat("and", i % 13);
            yield return (i.ToString("D3", CultureInfo.InvariantCulture), string.Join(' ', words.Concat(filler).Append("end")));
        }
    }

    private static MemoryIndex Open(IEnumerable<(string Id, string Text)> texts)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var (id, text) in texts)
            {
                writer.AddDocument(new Document { new StringField("id", id, Field.Store.YES), new TextField("text", text, Field.Store.NO) });
            }
            writer.ForceMerge(1);
        }
        return MemoryIndex.Over(directory);
    }

    /// <summary>The texts in <paramref name="segments"/> segments (as evenly as they divide), ids in order.</summary>
    private static MemoryIndex OpenSegments(IReadOnlyList<string> texts, int segments)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { Similarity = new BM25Similarity(), MergePolicy = NoMergePolicy.COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < texts.Count; i++)
            {
                writer.AddDocument(new Document { new StringField("id", i.ToString("D3", CultureInfo.InvariantCulture), Field.Store.YES), new TextField("text", texts[i], Field.Store.NO) });
                if ((i + 1) % Math.Max(1, texts.Count / segments) == 0)
                {
                    writer.Commit();
                }
            }
        }
        return MemoryIndex.Over(directory);
    }

    private static Dictionary<string, float> Scores(MemoryIndex index, Query query)
    {
        var searcher = new IndexSearcher(index.Reader) { Similarity = new BM25Similarity() };
        return searcher.Search(query, 1000).ScoreDocs.ToDictionary(d => searcher.Doc(d.Doc).Get("id", CultureInfo.InvariantCulture), d => d.Score, StringComparer.Ordinal);
    }
}
