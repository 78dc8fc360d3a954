using System.Globalization;
using System.Xml;
using Dossier.Core.Records;
using Dossier.Interop.Exporters.DublinCore;
using Dossier.Interop.Exporters.LinkedData;

namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>
/// Dossier's own record format, "dossier": the whole description (source, EDTF date, archival reference,
/// contributors with roles, entities with authority ids, collections) and every text layer with its pages, so a
/// harvester loses nothing that Dublin Core flattens. Its schema, dossier-record-1.xsd, is served beside the provider.
/// </summary>
internal sealed class DossierRecordFormat : IOaiMetadataFormat
{
    public const string SchemaFile = "dossier-record-1.xsd";

    public string Prefix => "dossier";

    public string Namespace => "urn:dossier:record:1";

    public Uri Schema(Uri baseUrl) => new(SiteAddress.Normalize(baseUrl), "oai/schemas/" + SchemaFile);

    public void Write(XmlWriter xml, ArchiveRecord record, Uri baseUrl)
    {
        xml.WriteStartElement("d", "record", Namespace);
        xml.WriteAttributeString("xsi", "schemaLocation", OaiPmhNames.XsiNamespace, Namespace + " " + Schema(baseUrl).AbsoluteUri);
        xml.WriteAttributeString("id", record.Id);
        xml.WriteStartElement("source", Namespace);
        Attribute(xml, "archive", record.Source.Archive);
        Attribute(xml, "recordId", record.Source.RecordId);
        Attribute(xml, "url", record.Source.Url);
        xml.WriteEndElement();
        Element(xml, "title", record.Title);
        if (record.Date is { } date)
        {
            xml.WriteStartElement("date", Namespace);
            xml.WriteAttributeString("precision", date.Precision.ToString().ToLowerInvariant());
            xml.WriteAttributeString("start", date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteAttributeString("end", date.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteString(XmlChars.Clean(date.Value));
            xml.WriteEndElement();
        }
        Element(xml, "placeOfWriting", record.PlaceOfWriting);
        Element(xml, "summary", record.Summary);
        Element(xml, "citation", record.Citation);
        if (record.ArchivalReference is { } reference)
        {
            xml.WriteStartElement("archivalReference", Namespace);
            Element(xml, "repository", reference.Repository);
            Element(xml, "fond", reference.Fond);
            Element(xml, "opis", reference.Opis);
            Element(xml, "delo", reference.Delo);
            Element(xml, "sheets", reference.Sheets);
            Element(xml, "reel", reference.Reel);
            Element(xml, "series", reference.Series);
            Element(xml, "text", reference.Text);
            xml.WriteEndElement();
        }
        foreach (var contributor in record.Contributors)
        {
            Named(xml, "contributor", contributor.Name, contributor.AuthorityId, contributor.Role.ToString().ToLowerInvariant());
        }
        foreach (var language in record.OriginalLanguages)
        {
            Element(xml, "originalLanguage", language);
        }
        foreach (var (name, links) in new[] { ("person", record.People), ("place", record.Places), ("organisation", record.Organisations) })
        {
            foreach (var link in links)
            {
                Named(xml, name, link.Name, link.AuthorityId, null);
            }
        }
        foreach (var subject in record.Subjects)
        {
            Element(xml, "subject", subject);
        }
        foreach (var collection in record.Collections)
        {
            xml.WriteStartElement("collection", Namespace);
            xml.WriteAttributeString("id", XmlChars.Clean(collection.CollectionId));
            Attribute(xml, "number", collection.Number);
            xml.WriteString(XmlChars.Clean(collection.Title));
            xml.WriteEndElement();
        }
        Element(xml, "rights", record.Rights);
        foreach (var layer in record.Layers)
        {
            WriteLayer(xml, layer);
        }
        xml.WriteEndElement();
    }

    private void WriteLayer(XmlWriter xml, TextLayer layer)
    {
        xml.WriteStartElement("layer", Namespace);
        xml.WriteAttributeString("kind", layer.Kind.ToString().ToLowerInvariant());
        xml.WriteAttributeString("lang", XmlChars.Clean(layer.Lang));
        xml.WriteAttributeString("method", layer.Provenance.Method.ToString().ToLowerInvariant());
        Attribute(xml, "translator", layer.Provenance.Translator);
        foreach (var page in layer.Pages)
        {
            xml.WriteStartElement("page", Namespace);
            xml.WriteAttributeString("start", page.Start.ToString(CultureInfo.InvariantCulture));
            Attribute(xml, "number", page.Number);
            xml.WriteEndElement();
        }
        xml.WriteElementString("text", Namespace, XmlChars.Clean(layer.Text));
        xml.WriteEndElement();
    }

    private void Element(XmlWriter xml, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            xml.WriteElementString(name, Namespace, XmlChars.Clean(value));
        }
    }

    private void Named(XmlWriter xml, string element, string name, string? authorityId, string? role)
    {
        xml.WriteStartElement(element, Namespace);
        Attribute(xml, "role", role);
        Attribute(xml, "authority", authorityId);
        xml.WriteString(XmlChars.Clean(name));
        xml.WriteEndElement();
    }

    private static void Attribute(XmlWriter xml, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            xml.WriteAttributeString(name, XmlChars.Clean(value));
        }
    }
}
