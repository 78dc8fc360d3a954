using System.Globalization;
using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Core.Text;

namespace Dossier.Interop.Importers;

/// <summary>
/// Refuses a record, authority or collection whose fields exceed <see cref="ImportLimits"/>, as
/// <c>file:line: field: problem</c>, before it reaches the store. Every reader calls it on what it built, so an
/// oversized value is refused at the door in all formats alike. Field names are those of the JSON Lines form.
/// </summary>
internal static class FieldLimits
{
    /// <summary>The record's fields by the one table of record limits (<see cref="RecordFields"/>), code points included.</summary>
    public static void Check(ImportLimits limits, string file, int? line, ArchiveRecord record)
    {
        foreach (var field in RecordFields.Of(record, limits))
        {
            if (field.Problem is { } problem)
            {
                throw new ImportException(file, line, field.Name, problem);
            }
        }
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
            if (value is not null && CodePoints.FirstForbidden(value) is { } at)
            {
                throw new ImportException(file, line, field, CodePoints.Describe(value, at));
            }
        }

        public void Count(string field, int? count, int max)
        {
            if (count > max)
            {
                throw new ImportException(file, line, field, $"{Number(count.Value)} entries, more than the {Number(max)} allowed");
            }
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
