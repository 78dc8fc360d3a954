using System.Globalization;
using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Importing;
using Dossier.Core.Records;

namespace Dossier.Interop.Importers.Jsonl;

/// <summary>
/// What a line must hold beyond being well-typed JSON: the fields without which a record cannot be stored or
/// shown, and offsets that point inside their text. Field names are the JSON ones ("layers[0].pages[2].start").
/// </summary>
internal static class JsonlValidation
{
    public static void Check(string file, int line, ArchiveRecord record)
    {
        void Fail(string field, string problem) => throw new ImportException(file, line, field, problem);

        if (record.Source is null)
        {
            Fail("source", "missing");
        }
        if (string.IsNullOrWhiteSpace(record.Source!.Archive))
        {
            Fail("source.archive", "missing");
        }
        if (string.IsNullOrWhiteSpace(record.Source.RecordId))
        {
            Fail("source.record_id", "missing");
        }
        if (string.IsNullOrWhiteSpace(record.Title))
        {
            Fail("title", "missing");
        }
        if (record.Date is { } date)
        {
            if (string.IsNullOrWhiteSpace(date.Value))
            {
                Fail("date.value", "missing");
            }
            if (date.Start > date.End)
            {
                Fail("date", "start is after end");
            }
        }
        List(file, line, "contributors", record.Contributors);
        List(file, line, "original_languages", record.OriginalLanguages);
        List(file, line, "subjects", record.Subjects);
        List(file, line, "collections", record.Collections);
        for (var i = 0; i < record.Contributors.Count; i++)
        {
            if (record.Contributors[i]?.Name is null)
            {
                Fail(At("contributors", i) + ".name", "missing");
            }
        }
        for (var i = 0; i < record.Collections.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(record.Collections[i]?.CollectionId))
            {
                Fail(At("collections", i) + ".collection_id", "missing");
            }
        }
        Links(file, line, "people", record.People);
        Links(file, line, "places", record.Places);
        Links(file, line, "organisations", record.Organisations);
        List(file, line, "layers", record.Layers);
        for (var i = 0; i < record.Layers.Count; i++)
        {
            Layer(file, line, At("layers", i), record.Layers[i]);
        }
    }

    public static void Check(string file, int line, Authority authority)
    {
        if (string.IsNullOrWhiteSpace(authority.Id))
        {
            throw new ImportException(file, line, "authority.id", "missing");
        }
        if (string.IsNullOrWhiteSpace(authority.PreferredName))
        {
            throw new ImportException(file, line, "authority.preferred_name", "missing");
        }
        List(file, line, "authority.variants", authority.Variants);
        List(file, line, "authority.source_keys", authority.SourceKeys);
        for (var i = 0; i < authority.Variants.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(authority.Variants[i]?.Name))
            {
                throw new ImportException(file, line, At("authority.variants", i) + ".name", "missing");
            }
        }
    }

    public static void Check(string file, int line, Collection collection)
    {
        if (string.IsNullOrWhiteSpace(collection.Id))
        {
            throw new ImportException(file, line, "collection.id", "missing");
        }
        if (collection.Title is null)
        {
            throw new ImportException(file, line, "collection.title", "missing");
        }
    }

    private static void Layer(string file, int line, string field, TextLayer? layer)
    {
        if (layer is null)
        {
            throw new ImportException(file, line, field, "null (a layer object is expected)");
        }
        if (layer.Text is null)
        {
            throw new ImportException(file, line, field + ".text", "missing");
        }
        if (string.IsNullOrWhiteSpace(layer.Lang))
        {
            throw new ImportException(file, line, field + ".lang", "missing");
        }
        if (layer.Provenance is null)
        {
            throw new ImportException(file, line, field + ".provenance", "missing");
        }
        List(file, line, field + ".pages", layer.Pages);
        List(file, line, field + ".notes", layer.Notes);
        var previous = 0;
        for (var i = 0; i < layer.Pages.Count; i++)
        {
            var page = layer.Pages[i];
            var at = field + At(".pages", i);
            if (page is null)
            {
                throw new ImportException(file, line, at, "null (a page object is expected)");
            }
            if (page.Start < previous || page.Start > layer.Text.Length)
            {
                throw new ImportException(file, line, at + ".start", $"{Number(page.Start)} is outside the text or before the previous page");
            }
            previous = page.Start;
            List(file, line, at + ".marginalia", page.Marginalia);
            if (page.Marginalia.Any(m => m?.Text is null))
            {
                throw new ImportException(file, line, at + ".marginalia", "an entry has no text");
            }
        }
        for (var i = 0; i < layer.Notes.Count; i++)
        {
            var note = layer.Notes[i];
            var at = field + At(".notes", i);
            if (note?.Text is null)
            {
                throw new ImportException(file, line, at + ".text", "missing");
            }
            if (note.Anchor < 0 || note.Anchor > layer.Text.Length)
            {
                throw new ImportException(file, line, at + ".anchor", $"{Number(note.Anchor)} is outside the text");
            }
        }
    }

    private static void Links(string file, int line, string field, List<EntityLink>? links)
    {
        List(file, line, field, links);
        for (var i = 0; i < links!.Count; i++)
        {
            if (links[i]?.Name is null)
            {
                throw new ImportException(file, line, At(field, i) + ".name", "missing");
            }
        }
    }

    private static void List<T>(string file, int line, string field, List<T>? list)
    {
        if (list is null)
        {
            throw new ImportException(file, line, field, "must be a list, not null");
        }
    }

    private static string At(string field, int index) => field + "[" + Number(index) + "]";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
