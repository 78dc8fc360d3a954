using CsCheck;
using Dossier.Core.Records;
using Dossier.Search.Facets;
using Dossier.Search.Indexing;
using Dossier.Search.Tests.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Tests.Facets;

/// <summary>
/// Facet counts over the records a query matches equal a plain count of each matching record's values, read from the
/// doc values, in an index of one segment (counted straight into the global ordinals) or several (counted per segment
/// and mapped): every facet's slots in one table must land on their own facet's values.
/// </summary>
public sealed class FacetCountsTests
{
    private static readonly string[] People = ["Ivanov", "Petrova", "Smith", "Bayar", "Harding"];
    private static readonly string[] Subjects = ["oil", "borders", "schools"];
    private static readonly string[] Langs = ["en", "ru", "az-Cyrl"];

    [Fact]
    public void Should_count_what_each_matching_record_holds_in_one_segment_or_several()
    {
        var record = Gen.Select(Gen.Int[0, 31], Gen.Int[0, 7], Gen.Int[1940, 1975], Gen.Int[0, 3], Gen.Int[0, 2], Gen.Bool)
            .Select(r => (People: r.Item1, Subjects: r.Item2, Year: r.Item3, Collection: r.Item4, Lang: r.Item5, Harbour: r.Item6));
        Gen.Select(record.List[1, 60], Gen.Int[1, 4], Gen.Bool).Sample((records, segments, all) =>
        {
            using var index = MemoryIndex.Of(records.Select((r, i) => SyntheticRecords.Make(
                "r" + i,
                r.Harbour ? "the harbour master" : "the customs house",
                lang: Langs[r.Lang],
                year: r.Year % 5 == 0 ? null : r.Year,
                collection: r.Collection == 0 ? null : "c" + r.Collection,
                people: [.. People.Where((_, p) => (r.People >> p & 1) == 1)],
                subjects: [.. Subjects.Where((_, s) => (r.Subjects >> s & 1) == 1)])).ToList(), segments);
            var searcher = new IndexSearcher(index.Reader);
            Query query = all ? new MatchAllDocsQuery() : new TermQuery(new Term(Dossier.Search.Analysis.SearchFields.Exact, "harbour"));

            var collector = new FacetCountingCollector(index.Reader);
            searcher.Search(query, collector);
            var counted = collector.Result(1000);

            var matching = searcher.Search(query, Math.Max(1, index.Reader.MaxDoc)).ScoreDocs.Select(d => d.Doc).ToList();
            foreach (var facet in IndexFields.FacetNames)
            {
                var expected = Plain(index.Reader, facet, matching);
                Assert.Equal(expected, counted[facet].ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal));
            }
        }, iter: 200);
    }

    /// <summary>Each value of <paramref name="facet"/> to how many of <paramref name="docs"/> hold it, read record by record.</summary>
    private static Dictionary<string, int> Plain(IndexReader reader, string facet, List<int> docs)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (MultiDocValues.GetSortedSetValues(reader, IndexFields.FacetField(facet)) is not { } values)
        {
            return counts;
        }
        var scratch = new BytesRef();
        foreach (var doc in docs)
        {
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                values.LookupOrd(ord, scratch);
                var value = scratch.Utf8ToString();
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }
        return counts;
    }
}
