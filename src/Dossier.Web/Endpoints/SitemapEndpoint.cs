using System.Globalization;
using Dossier.Core.Authorities;
using Dossier.Core.Composition;
using Dossier.Core.Exporting;
using Dossier.Core.Harvesting;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dossier.Web.Endpoints;

/// <summary>
/// /sitemap.xml (sitemaps.org protocol 0.9): the home page, the collections with public records, the people and places
/// public records cite, and every public document with the time it last changed. Past 50,000 locations /sitemap.xml is a
/// sitemap index of /sitemap-1.xml, /sitemap-2.xml… Drafts, embargoed and withdrawn records are never listed, nor a
/// person or place only they cite.
/// </summary>
public static class SitemapEndpoint
{
    internal const int MaxLocations = 50_000;

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/sitemap.xml", context => WriteAsync(context, null)).ExcludeFromDescription();
        app.MapGet("/sitemap-{part:int}.xml", (HttpContext context, int part) => WriteAsync(context, part)).ExcludeFromDescription();
        return app;
    }

    /// <summary>The part of <paramref name="entries"/> sitemap number <paramref name="part"/> (from 1) holds.</summary>
    internal static IReadOnlyList<SitemapEntry> Part(IReadOnlyList<SitemapEntry> entries, int part, int size) =>
        entries.Skip((part - 1) * size).Take(size).ToList();

    internal static int Parts(int count, int size) => Math.Max(1, (count + size - 1) / size);

    private static async Task WriteAsync(HttpContext http, int? part)
    {
        var archive = http.RequestServices.GetRequiredService<Archive>();
        var cancellationToken = http.RequestAborted;
        if (archive.Writers.OfType<ILinkedDataWriter>().FirstOrDefault() is not { } writer)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var baseUrl = new Uri(http.Request.Scheme + "://" + http.Request.Host.Value + http.Request.PathBase.Value + "/");
        var entries = await EntriesAsync(archive, baseUrl, cancellationToken).ConfigureAwait(false);
        var parts = Parts(entries.Count, MaxLocations);
        if (part is { } number && (number < 1 || number > parts || parts == 1))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = "application/xml; charset=utf-8";
        if (part is null && parts > 1)
        {
            var sitemaps = Enumerable.Range(1, parts)
                .Select(p => new SitemapEntry(new Uri(baseUrl, "sitemap-" + p.ToString(CultureInfo.InvariantCulture) + ".xml"), null)).ToList();
            await writer.WriteSitemapIndexAsync(sitemaps, http.Response.Body, cancellationToken).ConfigureAwait(false);
            return;
        }
        await writer.WriteSitemapAsync(Part(entries, part ?? 1, MaxLocations), http.Response.Body, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<SitemapEntry>> EntriesAsync(Archive archive, Uri baseUrl, CancellationToken cancellationToken)
    {
        var now = archive.Time.GetUtcNow();
        var stamps = archive.Store is IRecordDatestamps datestamps
            ? await datestamps.DatestampsAsync(cancellationToken).ConfigureAwait(false)
            : [];
        var documents = new List<SitemapEntry>();
        var collections = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stamp in stamps)
        {
            if (stamp.Status != RecordStatus.Published || stamp.EmbargoUntil > now)
            {
                continue;
            }
            var changed = stamp.EmbargoUntil is { } lifted && lifted > stamp.ChangedAt ? lifted : stamp.ChangedAt;
            documents.Add(new SitemapEntry(new Uri(baseUrl, "documents/" + Uri.EscapeDataString(stamp.Id)), changed));
            collections.UnionWith(stamp.CollectionIds);
        }
        var entries = new List<SitemapEntry>(documents.Count + collections.Count + 1) { new(baseUrl, null) };
        entries.AddRange(collections.Order(StringComparer.Ordinal).Select(c => new SitemapEntry(new Uri(baseUrl, "collections/" + Uri.EscapeDataString(c)), null)));
        entries.AddRange(await AuthorityEntriesAsync(archive, baseUrl, now, cancellationToken).ConfigureAwait(false));
        entries.AddRange(documents);
        return entries;
    }

    /// <summary>The pages of the people and places a public record cites (the pages that answer, see AuthorityDirectory.FindAsync).</summary>
    private static async Task<IEnumerable<SitemapEntry>> AuthorityEntriesAsync(Archive archive, Uri baseUrl, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (archive.Store is not ICatalogueSummaries summaries)
        {
            return [];
        }
        var cited = await summaries.CitedAsync(now, cancellationToken).ConfigureAwait(false);
        var people = await archive.Store.Authorities.IdsAsync(AuthorityKind.Person, cancellationToken).ConfigureAwait(false);
        var places = await archive.Store.Authorities.IdsAsync(AuthorityKind.Place, cancellationToken).ConfigureAwait(false);
        return Pages("people/", people).Concat(Pages("places/", places));

        IEnumerable<SitemapEntry> Pages(string path, IReadOnlyList<string> ids) => ids
            .Where(cited.Contains)
            .Order(StringComparer.Ordinal)
            .Select(id => new SitemapEntry(new Uri(baseUrl, path + Uri.EscapeDataString(id)), null));
    }
}
