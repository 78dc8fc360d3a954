namespace Dossier.Core.Exporting;

/// <summary>One location of a sitemap or sitemap index, with the time it last changed when known.</summary>
public sealed record SitemapEntry(Uri Location, DateTimeOffset? LastModified);
