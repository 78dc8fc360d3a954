using Dossier.Core.Search;
using Dossier.Search.Authorities;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dossier.Search.Querying;

/// <summary>What a ranked search says about its hits besides their order.</summary>
internal static class RankedSearch
{
    /// <summary>
    /// False when the query was ranked over three or more words and no record the request may see holds every one,
    /// so the page can say its hits hold only some of them. One record is enough to say true: the conjunction is
    /// read segment by segment, starting with the segment of <paramref name="hit"/> (a ranked hit, which most often
    /// holds every word when any record does), and stops at the first record it finds.
    /// </summary>
    public static bool HoldsEveryWord(IndexSearcher searcher, SearchQueryBuilder builder, SearchRequest request, DateTimeOffset now, AuthorityNames names, int? hit)
    {
        if (builder.Strict is null || SearchFilters.Apply(builder.Strict, request, now, names, builder.Lookups) is not { } strict)
        {
            return true;
        }
        var weight = searcher.CreateNormalizedWeight(strict);
        var segments = searcher.IndexReader.Leaves;
        var first = hit is { } doc ? ReaderUtil.SubIndex(doc, segments) : 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[(first + i) % segments.Count];
            // Live records only, as a collector is given them.
            if (weight.GetScorer(segment, segment.AtomicReader.LiveDocs) is { } scorer && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                return true;
            }
        }
        return false;
    }
}
