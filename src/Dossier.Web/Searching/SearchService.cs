using Dossier.Core.Composition;
using Dossier.Core.Observability;
using Dossier.Core.Search;
using Dossier.Core.Text;
using Microsoft.AspNetCore.Http;

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
        var publicOnly = request with { Query = CodePoints.Clean(request.Query), IncludeNonPublic = false };
        return MeasuredAsync(publicOnly, cancellationToken);
    }

    /// <summary>
    /// What a search for <paramref name="terms"/> matched in one public record (its snippets say which words, in any
    /// script or spelling), or null when it matches nothing there. Asked once per request however many parts of the
    /// page need it: the answer is kept in <paramref name="context"/>'s items.
    /// </summary>
    public Task<SearchHit?> MatchInRecordAsync(HttpContext context, string recordId, string terms, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = (typeof(SearchService), recordId, terms);
        if (context.Items.TryGetValue(key, out var kept) && kept is Task<SearchHit?> found)
        {
            return found;
        }
        var asked = MatchAsync(recordId, terms, cancellationToken);
        context.Items[key] = asked;
        return asked;
    }

    private async Task<SearchHit?> MatchAsync(string recordId, string terms, CancellationToken cancellationToken)
    {
        // Limited to the record, so only its hit is explained; the scan without an index ignores the limit, so look for it.
        var result = await SearchAsync(new SearchRequest { Query = terms, RecordId = recordId, Limit = 50, Snippets = 10 }, cancellationToken).ConfigureAwait(false);
        return result.Hits.FirstOrDefault(h => string.Equals(h.Id, recordId, StringComparison.Ordinal));
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
