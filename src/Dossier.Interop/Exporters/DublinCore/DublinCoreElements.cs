using System.Xml;
using Dossier.Core.Records;
using Dossier.Interop.Exporters.LinkedData;

namespace Dossier.Interop.Exporters.DublinCore;

/// <summary>
/// A record as the fifteen elements of the Dublin Core Metadata Element Set, version 1.1 (ISO 15836), written into
/// an open element: what oai_dc (OAI-PMH) and the Dublin Core export share.
/// </summary>
internal static class DublinCoreElements
{
    public const string Namespace = "http://purl.org/dc/elements/1.1/";
    public const string Prefix = "dc";

    public static void Write(XmlWriter xml, ArchiveRecord record, Uri baseUrl)
    {
        Element(xml, "title", record.Title);
        foreach (var author in record.Contributors.Where(c => c.Role == ContributorRole.Author))
        {
            Element(xml, "creator", author.Name);
        }
        foreach (var subject in record.Subjects)
        {
            Element(xml, "subject", subject);
        }
        Element(xml, "description", record.Summary);
        Element(xml, "publisher", record.Source.Archive);
        foreach (var contributor in record.Contributors.Where(c => c.Role is not (ContributorRole.Author or ContributorRole.Recipient)))
        {
            Element(xml, "contributor", contributor.Name);
        }
        foreach (var translator in record.Layers.Select(l => l.Provenance.Translator).OfType<string>()
            .Where(t => !record.Contributors.Any(c => string.Equals(c.Name, t, StringComparison.Ordinal))).Distinct(StringComparer.Ordinal))
        {
            Element(xml, "contributor", translator);
        }
        // The date as an EDTF value (ISO 8601-2), which DCMI's W3CDTF recommendation covers for whole dates.
        Element(xml, "date", record.Date?.Value);
        Element(xml, "type", "Text");
        Element(xml, "format", "text/plain");
        Element(xml, "identifier", SiteAddress.Document(baseUrl, record.Id).AbsoluteUri);
        if (record.Source.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var source) && source.Scheme is "http" or "https")
        {
            Element(xml, "identifier", source.AbsoluteUri);
        }
        Element(xml, "source", record.Citation ?? record.ArchivalReference?.Text);
        foreach (var language in record.OriginalLanguages.Concat(record.Layers.Select(l => l.Lang))
            .Where(l => !string.Equals(l, "und", StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            Element(xml, "language", language);
        }
        foreach (var collection in record.Collections)
        {
            Element(xml, "relation", collection.Title.Length > 0 ? collection.Title : collection.CollectionId);
        }
        Element(xml, "coverage", record.PlaceOfWriting);
        foreach (var place in record.Places.Select(p => p.Name).Where(p => !string.Equals(p, record.PlaceOfWriting, StringComparison.Ordinal)))
        {
            Element(xml, "coverage", place);
        }
        Element(xml, "rights", record.Rights);
    }

    private static void Element(XmlWriter xml, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        xml.WriteElementString(Prefix, name, Namespace, XmlChars.Clean(value.Trim()));
    }
}
