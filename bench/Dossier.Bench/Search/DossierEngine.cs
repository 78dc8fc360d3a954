using Dossier.Core.Search;

namespace Dossier.Bench.Search;

/// <summary>Dossier's own index, asked exactly as the search page asks it: the typed box, top 10, snippets and facets.</summary>
internal sealed class DossierEngine(ISearchIndex index) : ISearchEngine
{
    public string Name => "dossier";

    public async Task<int> PageAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        var result = await index.SearchAsync(new SearchRequest { Query = query.Typed, Limit = 10, Facets = true }, cancellationToken).ConfigureAwait(false);
        return result.Hits.Count;
    }

    public async Task<IReadOnlyList<string>> RankAsync(string heading, string volume, int limit, CancellationToken cancellationToken)
    {
        var request = new SearchRequest { Query = heading, Collections = [volume], Limit = limit, Snippets = 0 };
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
