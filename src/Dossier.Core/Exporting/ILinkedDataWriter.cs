using Dossier.Core.Records;

namespace Dossier.Core.Exporting;

/// <summary>
/// Linked data for search engines and aggregators: a record as schema.org JSON-LD, and the sitemaps.org
/// sitemap of the public pages. Registered among the archive's writers.
/// </summary>
public interface ILinkedDataWriter
{
    /// <summary>The record as one schema.org JSON-LD object, safe to place inside an HTML script element.</summary>
    string JsonLd(ArchiveRecord record, Uri baseUrl);

    /// <summary>A sitemap (urlset) of at most 50,000 pages.</summary>
    Task WriteSitemapAsync(IReadOnlyList<SitemapEntry> entries, Stream output, CancellationToken cancellationToken = default);

    /// <summary>A sitemap index listing <paramref name="sitemaps"/>.</summary>
    Task WriteSitemapIndexAsync(IReadOnlyList<SitemapEntry> sitemaps, Stream output, CancellationToken cancellationToken = default);
}
