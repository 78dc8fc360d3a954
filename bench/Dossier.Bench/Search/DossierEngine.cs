using Dossier.Core.Search;

namespace Dossier.Bench.Search;

/// <summary>
/// Dossier's own index. As the search page asks it by default: the typed box, top 10, snippets and facets, and
/// headings as typed. The diagnostic variants (`--diagnose`) leave out facets or snippets, or give the heading's
/// cleaned words (as the peers get them) joined by AND or OR, to show where time and relevance go.
/// </summary>
internal sealed class DossierEngine(ISearchIndex index, string name = "dossier", bool facets = true, int snippets = 3, string? headingJoiner = null) : ISearchEngine
{
    public string Name => name;

    public async Task<int> PageAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        var result = await index.SearchAsync(new SearchRequest { Query = query.Typed, Limit = 10, Facets = facets, Snippets = snippets }, cancellationToken).ConfigureAwait(false);
        return result.Hits.Count;
    }

    public async Task<IReadOnlyList<string>> RankAsync(string heading, string volume, int limit, CancellationToken cancellationToken)
    {
        var typed = headingJoiner is null ? heading : string.Join(headingJoiner, PeerQueryText.Words(heading));
        var request = new SearchRequest { Query = typed, Collections = [volume], Limit = limit, Snippets = 0 };
        var result = await index.SearchAsync(request, cancellationToken).ConfigureAwait(false);
        return result.Hits.Select(h => h.SourceId).ToList();
    }

    /// <summary>How many records match the typed query (no snippets, no facets).</summary>
    public async Task<int> CountAsync(string typed, CancellationToken cancellationToken)
    {
        var result = await index.SearchAsync(new SearchRequest { Query = typed, Limit = 1, Snippets = 0 }, cancellationToken).ConfigureAwait(false);
        return result.Total;
    }
}
