using Dossier.Web.Catalogue;
using Microsoft.AspNetCore.OutputCaching;

namespace Dossier.Web.Editing;

/// <summary>
/// The server's page and API cache, emptied whenever the archive changes: every cached answer carries the tag
/// <see cref="Tag"/>, so one eviction drops them all and no page shows a record after it was unpublished.
/// </summary>
/// <remarks>
/// Why everything and not the changed record's pages: a record reaches search results, facet counts, people,
/// places, collections, the timeline and the sitemap, and which cached answers those are is not known. Edits are
/// rare beside reads, and the cache refills in one request per address.
/// </remarks>
public sealed class ArchiveCache(IOutputCacheStore store, CatalogueService catalogue, MergeRedirects redirects)
{
    public const string Tag = "archive";

    /// <summary>Drops every cached answer, and has the catalogue (listings, collections) and merge redirects look at the store again.</summary>
    public ValueTask EvictAsync(CancellationToken cancellationToken = default)
    {
        catalogue.Recheck();
        redirects.Forget();
        return store.EvictByTagAsync(Tag, cancellationToken);
    }
}
