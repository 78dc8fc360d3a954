using System.Globalization;
using Dossier.Core.Importing;

namespace Dossier.Core.Records;

/// <summary>
/// The one table of a record's bounded fields, each with its kind of limit from <see cref="ImportLimits"/>: the
/// store's guard (<see cref="RecordLimits"/>) and every importer check the same fields by the same rules. Tolerates
/// the nulls a reader may leave in a record it has not finished validating.
/// </summary>
public static class RecordFields
{
    public static IEnumerable<RecordField> Of(ArchiveRecord record, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(limits);
        var t = new Table(limits);
        yield return t.Identifier("id", record.Id);
        yield return t.Identifier("source.archive", record.Source?.Archive);
        yield return t.Identifier("source.record_id", record.Source?.RecordId);
        yield return t.Name("source.url", record.Source?.Url);
        yield return t.Name("title", record.Title);
        yield return t.Name("date.value", record.Date?.Value);
        yield return t.Name("place_of_writing", record.PlaceOfWriting);
        yield return t.Description("summary", record.Summary);
        yield return t.Description("citation", record.Citation);
        yield return t.Description("rights", record.Rights);
        if (record.ArchivalReference is { } reference)
        {
            yield return t.Name("archival_reference.repository", reference.Repository);
            yield return t.Name("archival_reference.fond", reference.Fond);
            yield return t.Name("archival_reference.opis", reference.Opis);
            yield return t.Name("archival_reference.delo", reference.Delo);
            yield return t.Name("archival_reference.sheets", reference.Sheets);
            yield return t.Name("archival_reference.reel", reference.Reel);
            yield return t.Name("archival_reference.series", reference.Series);
            yield return t.Description("archival_reference.text", reference.Text);
        }
        yield return t.Count("contributors", record.Contributors?.Count, limits.MaxLinks);
        foreach (var (at, contributor) in Indexed("contributors", record.Contributors))
        {
            yield return t.Name(at + ".name", contributor?.Name);
            yield return t.Identifier(at + ".authority_id", contributor?.AuthorityId);
        }
        yield return t.Count("original_languages", record.OriginalLanguages?.Count, limits.MaxLinks);
        foreach (var (at, language) in Indexed("original_languages", record.OriginalLanguages))
        {
            yield return t.Identifier(at, language);
        }
        foreach (var field in Links(t, "people", record.People, limits)
            .Concat(Links(t, "places", record.Places, limits))
            .Concat(Links(t, "organisations", record.Organisations, limits)))
        {
            yield return field;
        }
        yield return t.Count("subjects", record.Subjects?.Count, limits.MaxLinks);
        foreach (var (at, subject) in Indexed("subjects", record.Subjects))
        {
            yield return t.Name(at, subject);
        }
        yield return t.Count("collections", record.Collections?.Count, limits.MaxLinks);
        foreach (var (at, membership) in Indexed("collections", record.Collections))
        {
            yield return t.Identifier(at + ".collection_id", membership?.CollectionId);
            yield return t.Name(at + ".title", membership?.Title);
            yield return t.Name(at + ".number", membership?.Number);
        }
        if (record.SourceFields is { } sourceFields)
        {
            yield return t.Count("source_fields", sourceFields.Count, limits.MaxLinks);
            foreach (var (key, value) in sourceFields)
            {
                yield return t.Name("source_fields", key);
                yield return t.Description("source_fields." + (key.Length <= 40 ? key : key[..40] + "…"), value);
            }
        }
        yield return t.Count("layers", record.Layers?.Count, limits.MaxLayers);
        foreach (var (at, layer) in Indexed("layers", record.Layers))
        {
            yield return t.Identifier(at + ".lang", layer?.Lang);
            yield return new RecordField(at + ".text", layer?.Text, null, limits.MaxLayerLength, "a layer's text");
            yield return t.Count(at + ".pages", layer?.Pages?.Count, limits.MaxPagesPerLayer);
            yield return t.Count(at + ".notes", layer?.Notes?.Count, limits.MaxPagesPerLayer);
            foreach (var (p, page) in Indexed(at + ".pages", layer?.Pages))
            {
                yield return t.Name(p + ".number", page?.Number);
                yield return t.Count(p + ".marginalia", page?.Marginalia?.Count, limits.MaxPagesPerLayer);
                foreach (var (m, marginal) in Indexed(p + ".marginalia", page?.Marginalia))
                {
                    yield return t.Description(m + ".text", marginal?.Text);
                }
            }
            foreach (var (n, note) in Indexed(at + ".notes", layer?.Notes))
            {
                yield return t.Name(n + ".label", note?.Label);
                yield return t.Description(n + ".text", note?.Text);
            }
        }
    }

    private static IEnumerable<RecordField> Links(Table t, string field, List<EntityLink>? links, ImportLimits limits)
    {
        yield return t.Count(field, links?.Count, limits.MaxLinks);
        foreach (var (at, link) in Indexed(field, links))
        {
            yield return t.Name(at + ".name", link?.Name);
            yield return t.Identifier(at + ".authority_id", link?.AuthorityId);
            yield return t.Identifier(at + ".source_key", link?.SourceKey);
        }
    }

    private static IEnumerable<(string At, T Item)> Indexed<T>(string field, List<T>? items)
    {
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            yield return (string.Create(CultureInfo.InvariantCulture, $"{field}[{i:N0}]"), items[i]);
        }
    }

    private sealed class Table(ImportLimits limits)
    {
        public RecordField Identifier(string name, string? text) => new(name, text, null, limits.MaxIdentifierLength, "an identifier");

        public RecordField Name(string name, string? text) => new(name, text, null, limits.MaxNameLength, "a name");

        public RecordField Description(string name, string? text) => new(name, text, null, limits.MaxDescriptionLength, "a description");

        public RecordField Count(string name, int? count, int max) => new(name, null, count, max, "entries");
    }
}
