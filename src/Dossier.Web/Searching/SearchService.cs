using Dossier.Core.Composition;
using Dossier.Core.Observability;
using Dossier.Core.Search;

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
        var publicOnly = request with { Query = QueryText.Clean(request.Query), IncludeNonPublic = false };
        return MeasuredAsync(publicOnly, cancellationToken);
    }

    private async Task<SearchResult> MeasuredAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var started = ArchiveMetrics.Start();
        var result = archive.Index is { } index
            ? await index.SearchAsync(request, cancellationToken).ConfigureAwait(false)
            : await _scan.SearchAsync(request, cancellationToken).ConfigureAwait(false);
        ArchiveMetrics.RecordSearch(System.Diagnostics.Stopwatch.GetElapsedTime(started), result.Total > 0);
        return result;
    }
}
