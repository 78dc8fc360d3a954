using Dossier.Core.Search;
using Dossier.Web.Composition;

namespace Dossier.Web.Searching;

/// <summary>
/// Searches the archive for the public: through the full-text index when the archive has one,
/// else by scanning the store. Drafts and embargoed records are never asked for.
/// </summary>
public sealed class SearchService(Archive archive)
{
    private readonly StoreScanSearch _scan = new(archive.Store.Records, archive.Time);

    public bool HasIndex => archive.Index is not null;

    public Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var publicOnly = request.IncludeNonPublic ? CopyPublicOnly(request) : request;
        return archive.Index is { } index
            ? index.SearchAsync(publicOnly, cancellationToken)
            : _scan.SearchAsync(publicOnly, cancellationToken);
    }

    private static SearchRequest CopyPublicOnly(SearchRequest r) => new()
    {
        Query = r.Query,
        Limit = r.Limit,
        Offset = r.Offset,
        Languages = r.Languages,
        LayerKinds = r.LayerKinds,
        From = r.From,
        To = r.To,
        Collections = r.Collections,
        Repositories = r.Repositories,
        People = r.People,
        Places = r.Places,
        Subjects = r.Subjects,
        Sort = r.Sort,
        Facets = r.Facets,
        Snippets = r.Snippets,
        IncludeNonPublic = false,
    };
}
