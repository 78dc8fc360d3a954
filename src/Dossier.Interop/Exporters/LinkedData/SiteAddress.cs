namespace Dossier.Interop.Exporters.LinkedData;

/// <summary>
/// The public addresses of an installation's resources, under its base URL: the document page, the IIIF manifest.
/// Exports made outside a web request use DOSSIER_BASE_URL, else the address `dossier serve` listens on by default.
/// </summary>
public static class SiteAddress
{
    public static Uri Default =>
        Normalize(new Uri(Environment.GetEnvironmentVariable("DOSSIER_BASE_URL") is { Length: > 0 } configured ? configured : "http://127.0.0.1:5000/"));

    /// <summary>The base URL ending in "/", so relative paths resolve under it.</summary>
    public static Uri Normalize(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
    }

    public static Uri Document(Uri baseUrl, string recordId) => new(Normalize(baseUrl), "documents/" + Uri.EscapeDataString(recordId));

    public static Uri Manifest(Uri baseUrl, string recordId) => new(Normalize(baseUrl), "iiif/" + Uri.EscapeDataString(recordId) + "/manifest");

    public static Uri Collection(Uri baseUrl, string collectionId) => new(Normalize(baseUrl), "collections/" + Uri.EscapeDataString(collectionId));
}
