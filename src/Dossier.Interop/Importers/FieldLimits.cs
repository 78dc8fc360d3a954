using System.Globalization;
using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Importing;
using Dossier.Core.Records;

namespace Dossier.Interop.Importers;

/// <summary>
/// Refuses a record, authority or collection whose fields exceed <see cref="ImportLimits"/>, as
/// <c>file:line: field: problem</c>, before it reaches the store. Every reader calls it on what it built, so an
/// oversized value is refused at the door in all formats alike. Field names are those of the JSON Lines form.
/// </summary>
internal static class FieldLimits
{
    public static void Check(ImportLimits limits, string file, int? line, ArchiveRecord record)
    {
        var check = new Checker(limits, file, line);
        check.Identifier("id", record.Id);
        check.Identifier("source.archive", record.Source?.Archive);
        check.Identifier("source.record_id", record.Source?.RecordId);
        check.Name("source.url", record.Source?.Url);
        check.Name("title", record.Title);
        check.Name("date.value", record.Date?.Value);
        check.Name("place_of_writing", record.PlaceOfWriting);
        check.Description("summary", record.Summary);
        check.Description("citation", record.Citation);
        check.Description("rights", record.Rights);
        if (record.ArchivalReference is { } reference)
        {
            check.Name("archival_reference.repository", reference.Repository);
            check.Name("archival_reference.fond", reference.Fond);
            check.Name("archival_reference.opis", reference.Opis);
            check.Name("archival_reference.delo", reference.Delo);
            check.Name("archival_reference.sheets", reference.Sheets);
            check.Name("archival_reference.reel", reference.Reel);
            check.Name("archival_reference.series", reference.Series);
            check.Description("archival_reference.text", reference.Text);
        }
        check.Count("contributors", record.Contributors?.Count, limits.MaxLinks);
        check.Each("contributors", record.Contributors, (at, c) => { check.Name(at + ".name", c?.Name); check.Identifier(at + ".authority_id", c?.AuthorityId); });
        check.Count("original_languages", record.OriginalLanguages?.Count, limits.MaxLinks);
        check.Each("original_languages", record.OriginalLanguages, check.Identifier);
        check.Links("people", record.People);
        check.Links("places", record.Places);
        check.Links("organisations", record.Organisations);
        check.Count("subjects", record.Subjects?.Count, limits.MaxLinks);
        check.Each("subjects", record.Subjects, check.Name);
        check.Count("collections", record.Collections?.Count, limits.MaxLinks);
        check.Each("collections", record.Collections, (at, c) =>
        {
            check.Identifier(at + ".collection_id", c?.CollectionId);
            check.Name(at + ".title", c?.Title);
            check.Name(at + ".number", c?.Number);
        });
        if (record.SourceFields is { } fields)
        {
            check.Count("source_fields", fields.Count, limits.MaxLinks);
            foreach (var (key, value) in fields)
            {
                check.Name("source_fields", key);
                check.Description("source_fields." + Cut(key), value);
            }
        }
        check.Count("layers", record.Layers?.Count, limits.MaxLayers);
        check.Each("layers", record.Layers, (at, layer) =>
        {
            check.Identifier(at + ".lang", layer?.Lang);
            check.Length(at + ".text", layer?.Text, limits.MaxLayerLength);
            check.Count(at + ".pages", layer?.Pages?.Count, limits.MaxPagesPerLayer);
            check.Count(at + ".notes", layer?.Notes?.Count, limits.MaxPagesPerLayer);
            check.Each(at + ".pages", layer?.Pages, (p, page) =>
            {
                check.Name(p + ".number", page?.Number);
                check.Count(p + ".marginalia", page?.Marginalia?.Count, limits.MaxPagesPerLayer);
                check.Each(p + ".marginalia", page?.Marginalia, (m, marginal) => check.Description(m + ".text", marginal?.Text));
            });
            check.Each(at + ".notes", layer?.Notes, (n, note) => { check.Name(n + ".label", note?.Label); check.Description(n + ".text", note?.Text); });
        });
    }

    public static void Check(ImportLimits limits, string file, int? line, Authority authority)
    {
        var check = new Checker(limits, file, line);
        check.Identifier("authority.id", authority.Id);
        check.Name("authority.preferred_name", authority.PreferredName);
        check.Description("authority.description", authority.Description);
        check.Count("authority.variants", authority.Variants?.Count, limits.MaxLinks);
        check.Each("authority.variants", authority.Variants, (at, v) =>
        {
            check.Name(at + ".name", v?.Name);
            check.Identifier(at + ".lang", v?.Lang);
            check.Name(at + ".source", v?.Source);
        });
        check.Count("authority.source_keys", authority.SourceKeys?.Count, limits.MaxLinks);
        check.Each("authority.source_keys", authority.SourceKeys, check.Identifier);
    }

    public static void Check(ImportLimits limits, string file, int? line, Collection collection)
    {
        var check = new Checker(limits, file, line);
        check.Identifier("collection.id", collection.Id);
        check.Name("collection.title", collection.Title);
        check.Description("collection.description", collection.Description);
        check.Name("collection.url", collection.Url);
    }

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private sealed class Checker(ImportLimits limits, string file, int? line)
    {
        public void Identifier(string field, string? value) => Length(field, value, limits.MaxIdentifierLength);

        public void Name(string field, string? value) => Length(field, value, limits.MaxNameLength);

        public void Description(string field, string? value) => Length(field, value, limits.MaxDescriptionLength);

        public void Length(string field, string? value, int max)
        {
            if (value is not null && value.Length > max)
            {
                throw new ImportException(file, line, field, $"{Number(value.Length)} characters, more than the {Number(max)} allowed");
            }
            if (value is not null && UnicodeText.FirstForbidden(value) is { } at)
            {
                throw new ImportException(file, line, field, UnicodeText.Describe(value, at));
            }
        }

        public void Count(string field, int? count, int max)
        {
            if (count > max)
            {
                throw new ImportException(file, line, field, $"{Number(count.Value)} entries, more than the {Number(max)} allowed");
            }
        }

        public void Links(string field, List<EntityLink>? links)
        {
            Count(field, links?.Count, limits.MaxLinks);
            Each(field, links, (at, link) =>
            {
                Name(at + ".name", link?.Name);
                Identifier(at + ".authority_id", link?.AuthorityId);
                Identifier(at + ".source_key", link?.SourceKey);
            });
        }

        public void Each<T>(string field, List<T>? items, Action<string, T> check)
        {
            for (var i = 0; items is not null && i < items.Count; i++)
            {
                check(field + "[" + Number(i) + "]", items[i]);
            }
        }

        private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
    }
}
