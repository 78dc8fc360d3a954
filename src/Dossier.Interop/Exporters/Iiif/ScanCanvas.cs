using System.Text.Json;
using Dossier.Core.Records;
using Dossier.Core.Scans;

namespace Dossier.Interop.Exporters.Iiif;

/// <summary>
/// A canvas's page image: IIIF Presentation 3 "painting" annotation whose body is the full image, with the
/// IIIF Image API 3 service (level 1) that serves its tiles.
/// </summary>
internal static class ScanCanvas
{
    /// <summary>The scan shown on the canvas at <paramref name="index"/> (0-based), by the scan's page number.</summary>
    public static ScanPage? Find(ArchiveRecord record, int index) =>
        record.Scans?.FirstOrDefault(s => s.Number == index + 1) ?? (record.Scans is { } scans && index < scans.Count ? scans[index] : null);

    public static void WritePainting(Utf8JsonWriter json, ScanPage scan, Uri baseUrl, string canvasId)
    {
        var service = new Uri(baseUrl, scan.ImageServicePath.TrimStart('/')).AbsoluteUri;
        var pageId = canvasId + "/painting";
        json.WriteStartArray("items");
        json.WriteStartObject();
        json.WriteString("id", pageId);
        json.WriteString("type", "AnnotationPage");
        json.WriteStartArray("items");
        json.WriteStartObject();
        json.WriteString("id", pageId + "/image");
        json.WriteString("type", "Annotation");
        json.WriteString("motivation", "painting");
        json.WriteStartObject("body");
        json.WriteString("id", service + "/full/max/0/default.jpg");
        json.WriteString("type", "Image");
        json.WriteString("format", "image/jpeg");
        json.WriteNumber("height", scan.Height);
        json.WriteNumber("width", scan.Width);
        json.WriteStartArray("service");
        json.WriteStartObject();
        json.WriteString("id", service);
        json.WriteString("type", "ImageService3");
        json.WriteString("profile", "level1");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteString("target", canvasId);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
