using Dossier.Core.Search;
using Dossier.Search.Authorities;
using Lucene.Net.Search;

namespace Dossier.Search.Querying;

/// <summary>What a ranked search says about its hits besides their order.</summary>
internal static class RankedSearch
{
    /// <summary>
    /// False when the query was ranked over three or more words and no record the request may see holds every one,
    /// so the page can say its hits hold only some of them. A conjunction, counted only: cheap next to the ranking.
    /// </summary>
    public static bool HoldsEveryWord(IndexSearcher searcher, SearchQueryBuilder builder, SearchRequest request, DateTimeOffset now, AuthorityNames names)
    {
        if (builder.Strict is null || SearchFilters.Apply(builder.Strict, request, now, names, builder.Lookups) is not { } strict)
        {
            return true;
        }
        var count = new TotalHitCountCollector();
        searcher.Search(strict, count);
        return count.TotalHits > 0;
    }
}
