using Dossier.Core.Search;
using Dossier.Search.Authorities;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dossier.Search.Querying;

/// <summary>What a ranked search says about its hits besides their order.</summary>
internal static class RankedSearch
{
    /// <summary>
    /// False when the query was ranked over three or more words (or two, widened) and no record the request may see
    /// holds every one, so the page can say its hits hold only some of them. One record is enough to say true: the
    /// conjunction is read segment by segment, starting with the segment of <paramref name="hit"/> (a ranked hit, which
    /// most often holds every word when any record does), and stops at the first record it finds.
    /// </summary>
    public static bool HoldsEveryWord(IndexSearcher searcher, SearchQueryBuilder builder, SearchRequest request, DateTimeOffset now, AuthorityNames names, int? hit)
    {
        if (builder.Strict is null || SearchFilters.Apply(builder.Strict, request, now, names, builder.Lookups) is not { } strict)
        {
            return true;
        }
        return AnyRecord(searcher, strict, hit);
    }

    /// <summary>
    /// True when the request's two words (<see cref="SearchQueryBuilder.Pair"/>), which <paramref name="together"/>
    /// records it may see hold together (fewer than a page), are each held by one of them: the search is then widened
    /// to records holding either (<see cref="SearchQueryBuilder.Widened"/>). A word held nowhere it may look is more
    /// likely a name the archive lacks ("Pishevari Kennedy") or a misspelling, which the suggestions answer. Within
    /// one record (its page's matches), the search is widened when the record lacks one of the words, so that the
    /// page marks the other, as a widened search found it.
    /// </summary>
    public static bool Widens(IndexSearcher searcher, SearchQueryBuilder builder, SearchRequest request, int together, Func<Query, Query?> filtered)
    {
        if (builder.Pair is not { } pair)
        {
            return false;
        }
        if (request.RecordId is not null)
        {
            return together == 0;
        }
        return together < SearchQueryBuilder.WidenBelow
            && (together > 0 || pair.All(word => filtered(word) is { } query && AnyRecord(searcher, query, null)));
    }

    /// <summary>Whether any live record matches <paramref name="query"/>, looking first in the segment of <paramref name="hit"/>.</summary>
    private static bool AnyRecord(IndexSearcher searcher, Query query, int? hit)
    {
        var weight = searcher.CreateNormalizedWeight(query);
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
