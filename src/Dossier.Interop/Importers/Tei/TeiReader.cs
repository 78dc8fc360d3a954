using System.Text;
using System.Xml;
using System.Xml.Linq;
using Dossier.Core.Authorities;
using Dossier.Core.Importing;

namespace Dossier.Interop.Importers.Tei;

/// <summary>
/// Reads TEI P5 volumes of the Foreign Relations of the United States (Office of the Historian encoding): each
/// <c>&lt;div type="document"&gt;</c> becomes a record, the volume a collection, its list of names person authorities.
/// Streams with <see cref="XmlReader"/>, one document at a time, with DTDs and external entities off (untrusted input).
/// </summary>
public sealed class TeiReader(ImportLimits? limits = null) : IRecordReader
{
    private readonly ImportLimits _limits = limits ?? ImportLimits.Default;

    public string Format => "tei";

    public bool CanRead(string path, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        if (!extension.Equals(".xml", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".tei", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var text = Encoding.UTF8.GetString(head);
        return text.Contains("<TEI", StringComparison.Ordinal) && text.Contains("http://www.tei-c.org/ns/1.0", StringComparison.Ordinal);
    }

    public async Task ReadAsync(ImportSource source, IImportSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sink);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        var volume = new TeiVolume(Path.GetFileNameWithoutExtension(source.Path));
        var position = 0;
        await using var stream = new CountingStream(source.Open(), source.Progress);
        var ids = new RecordLines(source.Path);
        try
        {
            // Creating the reader already reads the first bytes (to tell the encoding), so it may already fail.
            using var xml = new DepthLimitedXmlReader(XmlReader.Create(stream, settings), _limits.MaxNestingDepth);
            var advanced = xml.Read();
            while (advanced && !xml.EOF)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Tei.Ns.NamespaceName)
                {
                    advanced = xml.Read();
                    continue;
                }
                switch (xml.LocalName)
                {
                    case "teiHeader":
                        var headerLine = xml.LineNumber;
                        volume.ReadHeader((XElement)XNode.ReadFrom(xml));
                        FieldLimits.Check(_limits, source.Path, headerLine, volume.Collection);
                        await EmitCollectionAsync(volume, sink, cancellationToken).ConfigureAwait(false);
                        continue;
                    // The names list: <list type="names">, or in some e-volumes any list of the "persons" section.
                    case "list" when xml.GetAttribute("type") == "names":
                    case "div" when xml.GetAttribute("xml:id") == "persons":
                        await EmitCollectionAsync(volume, sink, cancellationToken).ConfigureAwait(false);
                        var namesLine = xml.LineNumber;
                        foreach (var person in volume.ReadNames((XElement)XNode.ReadFrom(xml)))
                        {
                            FieldLimits.Check(_limits, source.Path, namesLine, person);
                            await sink.AddAuthorityAsync(person, cancellationToken).ConfigureAwait(false);
                        }
                        continue;
                    case "pb":
                        volume.CurrentPage = xml.GetAttribute("n") ?? volume.CurrentPage;
                        break;
                    case "div" when xml.GetAttribute("type") == "document":
                        await EmitCollectionAsync(volume, sink, cancellationToken).ConfigureAwait(false);
                        var found = new List<Authority>();
                        var line = xml.LineNumber;
                        var record = TeiDocumentParser.Parse((XElement)XNode.ReadFrom(xml), volume, ++position, found);
                        foreach (var authority in found)
                        {
                            await sink.AddAuthorityAsync(authority, cancellationToken).ConfigureAwait(false);
                        }
                        FieldLimits.Check(_limits, source.Path, line, record);
                        ids.Add(line, record);
                        await sink.AddRecordAsync(record, cancellationToken).ConfigureAwait(false);
                        continue;
                }
                advanced = xml.Read();
            }
        }
        catch (XmlNestingException e)
        {
            throw new ImportException(source.Path, e.Line, null, e.Message, e.Column, e);
        }
        catch (XmlException e)
        {
            // An encoding the reader cannot switch to (UTF-16 declared without a byte-order mark) is met before
            // the first line is counted: it is the declaration's, on line 1.
            var line = Math.Max(1, e.LineNumber);
            throw new ImportException(source.Path, line, null, "malformed XML: " + e.Message, e.LineNumber > 0 ? e.LinePosition : null, e);
        }
    }

    // Authorities handed to the sink keep gaining spellings as later documents are read: the import service
    // writes them when the file's transaction is flushed, after the last document.
    private static async Task EmitCollectionAsync(TeiVolume volume, IImportSink sink, CancellationToken cancellationToken)
    {
        if (!volume.CollectionEmitted)
        {
            volume.CollectionEmitted = true;
            await sink.AddCollectionAsync(volume.Collection, cancellationToken).ConfigureAwait(false);
        }
    }
}
