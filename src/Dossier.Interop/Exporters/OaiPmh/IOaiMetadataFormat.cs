using System.Xml;
using Dossier.Core.Records;

namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>A metadata format the data provider disseminates (OAI-PMH section 3.4): prefix, schema, namespace and the writer.</summary>
internal interface IOaiMetadataFormat
{
    string Prefix { get; }

    string Namespace { get; }

    Uri Schema(Uri baseUrl);

    /// <summary>Writes the record's metadata element (one root element in <see cref="Namespace"/>).</summary>
    void Write(XmlWriter xml, ArchiveRecord record, Uri baseUrl);
}
