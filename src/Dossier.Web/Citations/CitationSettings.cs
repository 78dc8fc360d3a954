using Dossier.Core.Citations;
using Dossier.Core.Records;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Dossier.Web.Citations;

/// <summary>The installation's name (DOSSIER_SITE_NAME, default "Dossier") and its permalinks, for the citations it serves.</summary>
public sealed class CitationSettings(IConfiguration configuration)
{
    public string SiteName { get; } = configuration[CitationOptions.SiteNameVariable] is { Length: > 0 } name ? name.Trim() : CitationOptions.DefaultSiteName;

    /// <summary>The permalink of <paramref name="record"/> on this installation: /documents/{id} on the request's own origin.</summary>
    public static string Permalink(HttpRequest request, ArchiveRecord record)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(record);
        return request.Scheme + "://" + request.Host.ToUriComponent() + "/documents/" + Uri.EscapeDataString(record.Id);
    }

    public CitationOptions For(HttpRequest request, ArchiveRecord record) => new()
    {
        SiteName = SiteName,
        Permalink = Permalink(request, record),
    };
}
