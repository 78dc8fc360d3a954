using Dossier.Core.Search;
using Dossier.Search.Facets;
using Dossier.Search.Indexing;
using Dossier.Search.Visibility;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dossier.Search.Querying;

/// <summary>
/// How a search collects its page: the best records by the request's order (equal scores by record id), ranked by
/// scores rounded for stability (<see cref="StableScores"/>), with the facets of every record found.
/// </summary>
internal static class PageCollection
{
    /// <summary>
    /// Runs <paramref name="query"/> for its best <paramref name="wanted"/> and its facets. When the typed query is a
    /// <see cref="BoundedOptionalQuery"/> (<paramref name="bounded"/>) and the page is ranked by score, records that
    /// cannot reach the page are not scored for its optional part.
    /// </summary>
    public static (ITopDocsCollector Top, FacetCountingCollector? Facets) Run(IndexSearcher searcher, Query query, SearchRequest request, int wanted, BoundedOptionalQuery? bounded)
    {
        var top = CreateTopCollector(request.Sort, Math.Max(1, wanted));
        var facets = request.Facets ? new FacetCountingCollector(searcher.IndexReader) : null;
        var ranked = new StableScores(top);
        // The filters around the typed query add nothing to its score, so the typed query's best scores are the page's.
        if (bounded is not null && request.Sort == SearchSort.Relevance)
        {
            bounded.Keep = Math.Max(1, wanted);
        }
        try
        {
            searcher.Search(query, facets is null ? ranked : MultiCollector.Wrap(ranked, facets));
        }
        finally
        {
            bounded?.Keep = 0;
        }
        return (top, facets);
    }

    /// <summary>The query limited to one record, when the request names one: scores are unchanged, the record filter adds none.</summary>
    public static Query? OfRecord(Query? query, string? recordId) =>
        query is null || recordId is null
            ? query
            : new BooleanQuery
            {
                { query, Occur.MUST },
                { new ConstantScoreQuery(new TermQuery(new Term(IndexFields.Id, recordId))) { Boost = 0f }, Occur.MUST },
            };

    private static ITopDocsCollector CreateTopCollector(SearchSort sort, int size)
    {
        // Equal scores go by record id, not by Lucene's document number: that depends on the order of indexing, so
        // which records an archive also holds (and hides) would otherwise show through in the order of ties.
        if (sort == SearchSort.Relevance)
        {
            return new RelevanceCollector(size);
        }
        var byId = new SortField(IndexFields.Id, SortFieldType.STRING);
        var descending = sort == SearchSort.DateDescending;
        var byDate = new SortField(IndexFields.DateSort, SortFieldType.INT32, descending);
        byDate.SetMissingValue(descending ? int.MinValue : int.MaxValue);
        return TopFieldCollector.Create(new Sort(byDate, SortField.FIELD_SCORE, byId), size, false, true, false, false);
    }
}
