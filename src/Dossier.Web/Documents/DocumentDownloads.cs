using System.Globalization;
using System.Text;
using Dossier.Core.Records;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Documents;

/// <summary>
/// A public document to take away: GET /downloads/{id}/record.json (the model's JSON), /downloads/{id}/record.tei.xml
/// (TEI P5) and /downloads/{id}/layer-{n}.txt (one text layer, plain UTF-8). A source id answers 301 to the archive id.
/// </summary>
public static class DocumentDownloads
{
    public static IEndpointRouteBuilder MapDocumentDownloads(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/downloads/{id}/{file}", DownloadAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>The files a record offers, with their labels: JSON, TEI, and one plain text per layer.</summary>
    public static IEnumerable<(string Href, string Label)> Files(ArchiveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var root = "/downloads/" + Uri.EscapeDataString(record.Id) + "/";
        yield return (root + "record.json", "JSON");
        yield return (root + "record.tei.xml", "TEI XML");
        for (var i = 0; i < record.Layers.Count; i++)
        {
            var layer = record.Layers[i];
            yield return (root + "layer-" + (i + 1).ToString(CultureInfo.InvariantCulture) + ".txt",
                "Text: " + layer.Kind.ToString().ToLowerInvariant() + ", " + LanguageNames.Of(layer.Lang));
        }
    }

    private static async Task<IResult> DownloadAsync(string id, string file, DocumentService documents, CancellationToken cancellationToken)
    {
        var found = await documents.LookUpAsync(id, cancellationToken).ConfigureAwait(false);
        if (found.RedirectTo is { } canonical)
        {
            return Results.Redirect("/downloads/" + Uri.EscapeDataString(canonical) + "/" + Uri.EscapeDataString(file), permanent: true);
        }
        if (found.Record is not { } record)
        {
            return Results.NotFound();
        }
        var name = FileName(record);
        if (string.Equals(file, "record.json", StringComparison.Ordinal))
        {
            return Results.File(Encoding.UTF8.GetBytes(RecordJson.Serialize(record, indented: true)), "application/json; charset=utf-8", name + ".json");
        }
        if (string.Equals(file, "record.tei.xml", StringComparison.Ordinal))
        {
            using var buffer = new MemoryStream();
            TeiDocument.Write(record, buffer);
            return Results.File(buffer.ToArray(), "application/tei+xml; charset=utf-8", name + ".tei.xml");
        }
        if (file.StartsWith("layer-", StringComparison.Ordinal) && file.EndsWith(".txt", StringComparison.Ordinal)
            && int.TryParse(file.AsSpan(6, file.Length - 10), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && n <= record.Layers.Count)
        {
            var layer = record.Layers[n - 1];
            return Results.File(Encoding.UTF8.GetBytes(layer.Text ?? ""), "text/plain; charset=utf-8", name + "-" + n.ToString(CultureInfo.InvariantCulture) + "-" + Safe(layer.Lang) + ".txt");
        }
        return Results.NotFound();
    }

    /// <summary>A file name from the source id ("frus1961-63v06-d11"), in safe ASCII whatever the id holds.</summary>
    private static string FileName(ArchiveRecord record) =>
        Safe(string.IsNullOrWhiteSpace(record.Source.RecordId) ? record.Id : record.Source.RecordId);

    private static string Safe(string value)
    {
        var builder = new StringBuilder();
        foreach (var c in value)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }
        var safe = builder.ToString().Trim('-');
        return safe.Length == 0 ? "document" : safe[..Math.Min(safe.Length, 80)];
    }
}
