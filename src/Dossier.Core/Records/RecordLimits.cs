using System.Globalization;
using Dossier.Core.Importing;

namespace Dossier.Core.Records;

/// <summary>
/// The one rule for what a stored record may hold, from <see cref="ImportLimits"/>: the store refuses a record that
/// breaks it, so no stored record can exceed what the search index holds (Lucene refuses a term or sorted doc value
/// over <see cref="ImportLimits.IndexTermBytes"/> UTF-8 bytes).
/// </summary>
public static class RecordLimits
{
    /// <summary>The first field of <paramref name="record"/> that breaks <paramref name="limits"/>, with the problem; null when none does.</summary>
    public static (string Field, string Problem)? Find(ArchiveRecord record, ImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        limits ??= ImportLimits.Default;
        var checks = new Check(limits);
        checks.Identifier("id", record.Id);
        checks.Identifier("source.archive", record.Source.Archive);
        checks.Identifier("source.recordId", record.Source.RecordId);
        checks.Name("title", record.Title);
        checks.Name("placeOfWriting", record.PlaceOfWriting);
        checks.Description("summary", record.Summary);
        checks.Description("citation", record.Citation);
        checks.Description("rights", record.Rights);
        if (record.ArchivalReference is { } reference)
        {
            checks.Name("archivalReference.repository", reference.Repository);
            checks.Name("archivalReference.fond", reference.Fond);
            checks.Name("archivalReference.opis", reference.Opis);
            checks.Name("archivalReference.delo", reference.Delo);
            checks.Name("archivalReference.sheets", reference.Sheets);
            checks.Name("archivalReference.reel", reference.Reel);
            checks.Name("archivalReference.series", reference.Series);
            checks.Description("archivalReference.text", reference.Text);
        }
        checks.Count("originalLanguages", record.OriginalLanguages.Count, limits.MaxLinks);
        for (var i = 0; i < record.OriginalLanguages.Count; i++)
        {
            checks.Identifier(Indexed("originalLanguages", i), record.OriginalLanguages[i]);
        }
        checks.Links("people", record.People);
        checks.Links("places", record.Places);
        checks.Links("organisations", record.Organisations);
        checks.Count("contributors", record.Contributors.Count, limits.MaxLinks);
        for (var i = 0; i < record.Contributors.Count; i++)
        {
            checks.Name(Indexed("contributors", i) + ".name", record.Contributors[i].Name);
            checks.Identifier(Indexed("contributors", i) + ".authorityId", record.Contributors[i].AuthorityId);
        }
        checks.Count("subjects", record.Subjects.Count, limits.MaxLinks);
        for (var i = 0; i < record.Subjects.Count; i++)
        {
            checks.Name(Indexed("subjects", i), record.Subjects[i]);
        }
        checks.Count("collections", record.Collections.Count, limits.MaxLinks);
        for (var i = 0; i < record.Collections.Count; i++)
        {
            checks.Identifier(Indexed("collections", i) + ".collectionId", record.Collections[i].CollectionId);
            checks.Name(Indexed("collections", i) + ".title", record.Collections[i].Title);
            checks.Name(Indexed("collections", i) + ".number", record.Collections[i].Number);
        }
        checks.Count("layers", record.Layers.Count, limits.MaxLayers);
        for (var i = 0; i < record.Layers.Count; i++)
        {
            var layer = record.Layers[i];
            var field = Indexed("layers", i);
            checks.Identifier(field + ".lang", layer.Lang);
            checks.Length(field + ".text", layer.Text, limits.MaxLayerLength, "a layer's text");
            checks.Count(field + ".pages", layer.Pages.Count, limits.MaxPagesPerLayer);
            checks.Count(field + ".notes", layer.Notes.Count, limits.MaxPagesPerLayer);
        }
        return checks.Breach;
    }

    /// <summary>Throws an <see cref="ImportException"/> naming the field and the problem when <paramref name="record"/> breaks the limits.</summary>
    public static void Enforce(ArchiveRecord record, ImportLimits? limits = null)
    {
        if (Find(record, limits) is { } breach)
        {
            throw new ImportException("", null, breach.Field, $"{breach.Problem} (record {Abbreviate(record.Id)}, source record {Abbreviate(record.Source.RecordId)})");
        }
    }

    /// <summary>A value short enough to print: long ones keep their first 60 characters and say how long they were.</summary>
    public static string Abbreviate(string? value) =>
        value is null ? "" : value.Length <= 80 ? value : string.Create(CultureInfo.InvariantCulture, $"{value[..60]}… ({value.Length:N0} characters)");

    private static string Indexed(string field, int index) => string.Create(CultureInfo.InvariantCulture, $"{field}[{index}]");

    private sealed class Check(ImportLimits limits)
    {
        public (string Field, string Problem)? Breach { get; private set; }

        public void Identifier(string field, string? value) => Length(field, value, limits.MaxIdentifierLength, "an identifier");

        public void Name(string field, string? value) => Length(field, value, limits.MaxNameLength, "a name");

        public void Description(string field, string? value) => Length(field, value, limits.MaxDescriptionLength, "a description");

        public void Links(string field, List<EntityLink> links)
        {
            Count(field, links.Count, limits.MaxLinks);
            for (var i = 0; i < links.Count; i++)
            {
                Name(Indexed(field, i) + ".name", links[i].Name);
                Identifier(Indexed(field, i) + ".authorityId", links[i].AuthorityId);
            }
        }

        public void Length(string field, string? value, int max, string kind)
        {
            if (Breach is null && value is not null && value.Length > max)
            {
                Breach = (field, string.Create(CultureInfo.InvariantCulture, $"{value.Length:N0} characters, over the limit of {max:N0} for {kind}"));
            }
        }

        public void Count(string field, int count, int max)
        {
            if (Breach is null && count > max)
            {
                Breach = (field, string.Create(CultureInfo.InvariantCulture, $"{count:N0} entries, over the limit of {max:N0}"));
            }
        }
    }
}
