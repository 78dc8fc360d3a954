using System.Text.Json;
using Dossier.Core.Records;
using Dossier.Interop.Exporters.DublinCore;

namespace Dossier.Interop.Exporters.LinkedData;

/// <summary>
/// A record as a schema.org ArchiveComponent (a CreativeWork held by an ArchiveOrganization), in JSON-LD 1.1:
/// name, description, dateCreated, inLanguage, author, translator, contributor, holdingArchive, isPartOf its
/// collections, url, identifier, sameAs the source's page, mentions, keywords, locationCreated.
/// </summary>
internal static class SchemaOrgJson
{
    public const string Context = "https://schema.org";

    public static void Write(Utf8JsonWriter json, ArchiveRecord record, Uri baseUrl, bool withContext)
    {
        var url = SiteAddress.Document(baseUrl, record.Id).AbsoluteUri;
        json.WriteStartObject();
        if (withContext)
        {
            json.WriteString("@context", Context);
        }
        json.WriteString("@type", "ArchiveComponent");
        json.WriteString("@id", url);
        json.WriteString("url", url);
        json.WriteString("name", Text(record.Title.Length > 0 ? record.Title : record.Id));
        Optional(json, "description", record.Summary);
        if (DateCreated(record.Date) is { } created)
        {
            json.WriteString("dateCreated", created);
        }
        Array(json, "inLanguage", record.OriginalLanguages.Where(l => !string.Equals(l, "und", StringComparison.OrdinalIgnoreCase)));
        People(json, "author", record.Contributors.Where(c => c.Role == ContributorRole.Author).Select(c => c.Name));
        People(json, "translator", record.Contributors.Where(c => c.Role == ContributorRole.Translator).Select(c => c.Name)
            .Concat(record.Layers.Select(l => l.Provenance.Translator).OfType<string>()));
        People(json, "contributor", record.Contributors.Where(c => c.Role is ContributorRole.Contributor or ContributorRole.Transcriber).Select(c => c.Name));
        People(json, "editor", record.Contributors.Where(c => c.Role == ContributorRole.Editor).Select(c => c.Name));
        People(json, "recipient", record.Contributors.Where(c => c.Role == ContributorRole.Recipient).Select(c => c.Name));
        json.WriteStartObject("holdingArchive");
        json.WriteString("@type", "ArchiveOrganization");
        json.WriteString("name", Text(record.ArchivalReference?.Repository is { Length: > 0 } repository ? repository : record.Source.Archive));
        json.WriteEndObject();
        if (record.Collections.Count > 0)
        {
            json.WriteStartArray("isPartOf");
            foreach (var collection in record.Collections)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Collection");
                json.WriteString("@id", SiteAddress.Collection(baseUrl, collection.CollectionId).AbsoluteUri);
                json.WriteString("name", Text(collection.Title.Length > 0 ? collection.Title : collection.CollectionId));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        Optional(json, "identifier", record.Source.RecordId);
        if (record.Source.Url is { } source && Uri.TryCreate(source, UriKind.Absolute, out var sourceUri) && sourceUri.Scheme is "http" or "https")
        {
            json.WriteString("sameAs", sourceUri.AbsoluteUri);
        }
        Optional(json, "creditText", record.Citation);
        Optional(json, "copyrightNotice", record.Rights);
        if (!string.IsNullOrWhiteSpace(record.PlaceOfWriting))
        {
            json.WriteStartObject("locationCreated");
            json.WriteString("@type", "Place");
            json.WriteString("name", Text(record.PlaceOfWriting));
            json.WriteEndObject();
        }
        Array(json, "keywords", record.Subjects);
        if (record.People.Count + record.Places.Count > 0)
        {
            json.WriteStartArray("mentions");
            foreach (var (type, link) in record.People.Select(p => ("Person", p)).Concat(record.Places.Select(p => ("Place", p))))
            {
                json.WriteStartObject();
                json.WriteString("@type", type);
                json.WriteString("name", Text(link.Name));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    /// <summary>ISO 8601 as schema.org's Date wants it: the EDTF value when it is plain ISO (day, month, year, interval), else the first day.</summary>
    private static string? DateCreated(HistoricalDate? date) => date switch
    {
        null => null,
        { Precision: DatePrecision.Approximate } => date.Start.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture),
        _ => date.Value,
    };

    private static void People(Utf8JsonWriter json, string property, IEnumerable<string> names)
    {
        var distinct = names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return;
        }
        json.WriteStartArray(property);
        foreach (var name in distinct)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Person");
            json.WriteString("name", Text(name));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Array(Utf8JsonWriter json, string property, IEnumerable<string> values)
    {
        var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            return;
        }
        json.WriteStartArray(property);
        foreach (var value in list)
        {
            json.WriteStringValue(Text(value));
        }
        json.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter json, string property, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json.WriteString(property, Text(value));
        }
    }

    private static string Text(string value) => XmlChars.Clean(value.Trim());
}
