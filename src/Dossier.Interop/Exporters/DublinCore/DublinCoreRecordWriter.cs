using System.Text;
using System.Xml;
using Dossier.Core.Exporting;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Interop.Exporters.LinkedData;

namespace Dossier.Interop.Exporters.DublinCore;

/// <summary>
/// `dossier export --format dc`: the archive in unqualified Dublin Core (DCMES 1.1), one oai_dc:dc element per record
/// (each valid against OAI's oai_dc.xsd) inside a plain &lt;records&gt; root. The whole-archive export has the
/// public records only; `--all` passes every record.
/// </summary>
public sealed class DublinCoreRecordWriter(TimeProvider? time = null, Uri? baseUrl = null) : IPublishedRecordWriter
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Uri _baseUrl = baseUrl is null ? SiteAddress.Default : SiteAddress.Normalize(baseUrl);

    public const string OaiDcNamespace = "http://www.openarchives.org/OAI/2.0/oai_dc/";

    public string Format => "dc";

    public async Task WriteAsync(IAsyncEnumerable<ArchiveRecord> records, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false, Async = true });
        await using (xml.ConfigureAwait(false))
        {
            await xml.WriteStartDocumentAsync().ConfigureAwait(false);
            xml.WriteStartElement("records");
            xml.WriteAttributeString("xmlns", "oai_dc", null, OaiDcNamespace);
            xml.WriteAttributeString("xmlns", DublinCoreElements.Prefix, null, DublinCoreElements.Namespace);
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                xml.WriteStartElement("oai_dc", "dc", OaiDcNamespace);
                DublinCoreElements.Write(xml, record, _baseUrl);
                xml.WriteEndElement();
                await xml.FlushAsync().ConfigureAwait(false);
            }
            xml.WriteEndElement();
            await xml.WriteEndDocumentAsync().ConfigureAwait(false);
            await xml.FlushAsync().ConfigureAwait(false);
        }
    }

    public Task WriteArchiveAsync(IArchiveStore store, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var now = _time.GetUtcNow();
        return WriteAsync(store.Records.StreamAsync(cancellationToken).Where(r => r.IsPublicAt(now)), output, cancellationToken);
    }
}
