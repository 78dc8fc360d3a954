using System.Text.Json;
using Dossier.Core.Records;

namespace Dossier.Interop.Exporters.Iiif;

/// <summary>The manifest's metadata pairs: what a viewer shows beside the pages, in the order a reader asks for it.</summary>
internal static class ManifestMetadata
{
    public static void Write(Utf8JsonWriter json, ArchiveRecord record)
    {
        json.WriteStartArray("metadata");
        if (record.Date is { } date)
        {
            IiifJson.LabelValue(json, "Date", "none", date.Value);
        }
        if (!string.IsNullOrWhiteSpace(record.PlaceOfWriting))
        {
            IiifJson.LabelValue(json, "Place of writing", "none", record.PlaceOfWriting);
        }
        foreach (var role in record.Contributors.GroupBy(c => c.Role))
        {
            IiifJson.LabelValue(json, RoleLabel(role.Key), "none", role.Select(c => c.Name).ToArray());
        }
        var translators = record.Layers.Select(l => l.Provenance.Translator).OfType<string>()
            .Where(t => !record.Contributors.Any(c => string.Equals(c.Name, t, StringComparison.Ordinal))).Distinct(StringComparer.Ordinal).ToArray();
        if (translators.Length > 0)
        {
            IiifJson.LabelValue(json, "Translator", "none", translators);
        }
        if (record.OriginalLanguages.Count > 0)
        {
            IiifJson.LabelValue(json, "Original language", "none", record.OriginalLanguages.ToArray());
        }
        if (!string.IsNullOrWhiteSpace(record.Citation))
        {
            IiifJson.LabelValue(json, "Archival reference", "none", record.Citation);
        }
        if (record.Collections.Count > 0)
        {
            IiifJson.LabelValue(json, "Collection", "en", record.Collections.Select(c => c.Title.Length > 0 ? c.Title : c.CollectionId).ToArray());
        }
        if (record.Subjects.Count > 0)
        {
            IiifJson.LabelValue(json, "Subject", "en", record.Subjects.ToArray());
        }
        IiifJson.LabelValue(json, "Source", "none", string.IsNullOrWhiteSpace(record.Source.Url)
            ? [record.Source.Archive, record.Source.RecordId]
            : [record.Source.Archive, record.Source.RecordId, record.Source.Url]);
        json.WriteEndArray();
    }

    private static string RoleLabel(ContributorRole role) => role switch
    {
        ContributorRole.Author => "Author",
        ContributorRole.Recipient => "Recipient",
        ContributorRole.Translator => "Translator",
        ContributorRole.Editor => "Editor",
        ContributorRole.Transcriber => "Transcriber",
        _ => "Contributed by",
    };
}
