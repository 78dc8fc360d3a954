using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Core.Exporting;
using Dossier.Core.Records;
using Dossier.Core.Scans;
using Dossier.Interop.Exporters.LinkedData;

namespace Dossier.Interop.Exporters.Iiif;

/// <summary>
/// IIIF Presentation API 3.0 manifests: a record's description (label, summary, metadata, requiredStatement, rights,
/// homepage, seeAlso, navDate), a Canvas per page where pages are known (else one for the document), each layer's text
/// on each page as a supplementing Annotation with a TextualBody, and a Range of the pages in structures. Canvases
/// carry no painting annotations yet: scans will be painted on them, and their height and width are a page-shaped
/// coordinate space until a scan gives the real one.
/// </summary>
/// <remarks>As a writer ("iiif") it writes a IIIF Collection referencing the manifests of the records given.</remarks>
public sealed class IiifManifestWriter(TimeProvider? time = null) : IIiifManifestWriter, IPublishedRecordWriter
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public const string Context = "http://iiif.io/api/presentation/3/context.json";

    /// <summary>The language the catalogue describes records in: titles, summaries and labels are English.</summary>
    private const string DescriptionLanguage = "en";

    private const int CanvasWidth = 1000;
    private const int CanvasHeight = 1414;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Format => "iiif";

    public async Task WriteManifestAsync(ArchiveRecord record, Uri baseUrl, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(output);
        var json = new Utf8JsonWriter(output, Options);
        await using (json.ConfigureAwait(false))
        {
            WriteManifest(json, record, SiteAddress.Normalize(baseUrl));
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task WriteAsync(IAsyncEnumerable<ArchiveRecord> records, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var baseUrl = SiteAddress.Default;
        var json = new Utf8JsonWriter(output, Options);
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteString("@context", Context);
            json.WriteString("id", new Uri(baseUrl, "iiif/collection").AbsoluteUri);
            json.WriteString("type", "Collection");
            IiifJson.LanguageMap(json, "label", DescriptionLanguage, "Every document");
            json.WriteStartArray("items");
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                json.WriteStartObject();
                json.WriteString("id", SiteAddress.Manifest(baseUrl, record.Id).AbsoluteUri);
                json.WriteString("type", "Manifest");
                IiifJson.LanguageMap(json, "label", DescriptionLanguage, Label(record));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task WriteArchiveAsync(Core.Storage.IArchiveStore store, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var now = _time.GetUtcNow();
        return WriteAsync(store.Records.StreamAsync(cancellationToken).Where(r => r.IsPublicAt(now)), output, cancellationToken);
    }

    private static void WriteManifest(Utf8JsonWriter json, ArchiveRecord record, Uri baseUrl)
    {
        var id = SiteAddress.Manifest(baseUrl, record.Id);
        var root = id.AbsoluteUri[..^"manifest".Length];
        json.WriteStartObject();
        json.WriteString("@context", Context);
        json.WriteString("id", id.AbsoluteUri);
        json.WriteString("type", "Manifest");
        IiifJson.LanguageMap(json, "label", DescriptionLanguage, Label(record));
        if (!string.IsNullOrWhiteSpace(record.Summary))
        {
            IiifJson.LanguageMap(json, "summary", DescriptionLanguage, record.Summary);
        }
        ManifestMetadata.Write(json, record);
        json.WriteStartObject("requiredStatement");
        IiifJson.LanguageMap(json, "label", DescriptionLanguage, "Attribution");
        IiifJson.LanguageMap(json, "value", DescriptionLanguage,
            string.IsNullOrWhiteSpace(record.Rights) ? "Source: " + record.Source.Archive : "Source: " + record.Source.Archive + ". " + record.Rights);
        json.WriteEndObject();
        if (RightsUri(record.Rights) is { } rights)
        {
            json.WriteString("rights", rights);
        }
        if (record.Date is { } date)
        {
            json.WriteString("navDate", date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z");
        }
        json.WriteStartArray("homepage");
        json.WriteStartObject();
        json.WriteString("id", SiteAddress.Document(baseUrl, record.Id).AbsoluteUri);
        json.WriteString("type", "Text");
        IiifJson.LanguageMap(json, "label", DescriptionLanguage, Label(record));
        json.WriteString("format", "text/html");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("seeAlso");
        // The record in Dossier's own JSON shape (the API); its Dublin Core and Dossier XML are harvested through /oai.
        SeeAlso(json, new Uri(baseUrl, "api/documents/" + Uri.EscapeDataString(record.Id)), "application/json");
        json.WriteEndArray();

        var pages = CanvasPages.Of(record);
        json.WriteStartArray("items");
        for (var p = 0; p < pages.Count; p++)
        {
            WriteCanvas(json, record, pages[p], ScanCanvas.Find(record, p), baseUrl, root + "canvas/" + (p + 1).ToString(CultureInfo.InvariantCulture));
        }
        json.WriteEndArray();
        json.WriteStartArray("structures");
        json.WriteStartObject();
        json.WriteString("id", root + "range/pages");
        json.WriteString("type", "Range");
        IiifJson.LanguageMap(json, "label", DescriptionLanguage, "Pages");
        json.WriteStartArray("items");
        for (var p = 0; p < pages.Count; p++)
        {
            IiifJson.Reference(json, new Uri(root + "canvas/" + (p + 1).ToString(CultureInfo.InvariantCulture)), "Canvas");
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCanvas(Utf8JsonWriter json, ArchiveRecord record, CanvasPage page, ScanPage? scan, Uri baseUrl, string canvasId)
    {
        json.WriteStartObject();
        json.WriteString("id", canvasId);
        json.WriteString("type", "Canvas");
        IiifJson.LanguageMap(json, "label", "none", page.Label);
        // A scanned page gives the canvas its own size, so the text annotations and the image share one coordinate space.
        json.WriteNumber("height", scan?.Height ?? CanvasHeight);
        json.WriteNumber("width", scan?.Width ?? CanvasWidth);
        if (scan is not null)
        {
            ScanCanvas.WritePainting(json, scan, baseUrl, canvasId);
        }
        json.WriteStartArray("annotations");
        foreach (var (index, text) in page.Texts)
        {
            var layer = record.Layers[index];
            var pageId = canvasId + "/layer/" + (index + 1).ToString(CultureInfo.InvariantCulture);
            json.WriteStartObject();
            json.WriteString("id", pageId);
            json.WriteString("type", "AnnotationPage");
            IiifJson.LanguageMap(json, "label", DescriptionLanguage, LayerLabel(layer));
            json.WriteStartArray("items");
            json.WriteStartObject();
            json.WriteString("id", pageId + "/text");
            json.WriteString("type", "Annotation");
            json.WriteString("motivation", "supplementing");
            json.WriteStartObject("body");
            json.WriteString("type", "TextualBody");
            json.WriteString("value", Dossier.Interop.Exporters.DublinCore.XmlChars.Clean(text));
            json.WriteString("format", "text/plain");
            if (!string.Equals(layer.Lang, "und", StringComparison.OrdinalIgnoreCase) && layer.Lang.Length > 0)
            {
                json.WriteString("language", layer.Lang);
            }
            json.WriteEndObject();
            json.WriteString("target", canvasId);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void SeeAlso(Utf8JsonWriter json, Uri id, string format)
    {
        json.WriteStartObject();
        json.WriteString("id", id.AbsoluteUri);
        json.WriteString("type", "Dataset");
        json.WriteString("format", format);
        json.WriteEndObject();
    }

    private static string Label(ArchiveRecord record) => string.IsNullOrWhiteSpace(record.Title) ? record.Id : record.Title;

    private static string LayerLabel(TextLayer layer) => layer.Kind switch
    {
        LayerKind.Translation => "Translation (" + layer.Lang + ")",
        LayerKind.Original => "Original (" + layer.Lang + ")",
        _ => "Transcription (" + layer.Lang + ")",
    };

    /// <summary>The rights property takes only Creative Commons, RightsStatements.org or registered extension URIs (section 3.3.4).</summary>
    private static string? RightsUri(string? rights) =>
        rights is not null && Uri.TryCreate(rights.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && (uri.Host.EndsWith("creativecommons.org", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("rightsstatements.org", StringComparison.OrdinalIgnoreCase))
            ? uri.AbsoluteUri
            : null;
}
