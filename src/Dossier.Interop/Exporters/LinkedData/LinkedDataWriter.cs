using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Dossier.Core.Exporting;
using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Interop.Exporters.LinkedData;

/// <summary>
/// schema.org JSON-LD for document pages, the sitemaps.org sitemap, and, as a writer ("jsonld"), the archive as one
/// JSON-LD graph of ArchiveComponents.
/// </summary>
public sealed class LinkedDataWriter(TimeProvider? time = null) : ILinkedDataWriter, IPublishedRecordWriter
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    // Every script readable, but < > & ' " + escaped: the JSON can stand inside an HTML script element and never close it.
    private static readonly JsonWriterOptions Safe = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public string Format => "jsonld";

    public string JsonLd(ArchiveRecord record, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Safe))
        {
            SchemaOrgJson.Write(json, record, SiteAddress.Normalize(baseUrl), withContext: true);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public async Task WriteSitemapAsync(IReadOnlyList<SitemapEntry> entries, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        SitemapXml.Write(buffer, "urlset", "url", entries);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    public async Task WriteSitemapIndexAsync(IReadOnlyList<SitemapEntry> sitemaps, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        SitemapXml.Write(buffer, "sitemapindex", "sitemap", sitemaps);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    public async Task WriteAsync(IAsyncEnumerable<ArchiveRecord> records, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var baseUrl = SiteAddress.Default;
        var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteString("@context", SchemaOrgJson.Context);
            json.WriteStartArray("@graph");
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                SchemaOrgJson.Write(json, record, baseUrl, withContext: false);
                if (json.BytesPending > 1 << 16)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task WriteArchiveAsync(IArchiveStore store, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var now = _time.GetUtcNow();
        return WriteAsync(store.Records.StreamAsync(cancellationToken).Where(r => r.IsPublicAt(now)), output, cancellationToken);
    }
}
