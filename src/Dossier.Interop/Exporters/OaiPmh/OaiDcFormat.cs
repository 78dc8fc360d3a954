using System.Xml;
using Dossier.Core.Records;
using Dossier.Interop.Exporters.DublinCore;

namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>oai_dc: unqualified Dublin Core in the OAI-PMH container (section 3.4 and oai_dc.xsd), which every data provider must disseminate.</summary>
internal sealed class OaiDcFormat : IOaiMetadataFormat
{
    public string Prefix => "oai_dc";

    public string Namespace => "http://www.openarchives.org/OAI/2.0/oai_dc/";

    public Uri Schema(Uri baseUrl) => new("http://www.openarchives.org/OAI/2.0/oai_dc.xsd");

    public void Write(XmlWriter xml, ArchiveRecord record, Uri baseUrl)
    {
        xml.WriteStartElement("oai_dc", "dc", Namespace);
        xml.WriteAttributeString("xmlns", DublinCoreElements.Prefix, null, DublinCoreElements.Namespace);
        xml.WriteAttributeString("xsi", "schemaLocation", OaiPmhNames.XsiNamespace, Namespace + " " + Schema(baseUrl).AbsoluteUri);
        DublinCoreElements.Write(xml, record, baseUrl);
        xml.WriteEndElement();
    }
}
