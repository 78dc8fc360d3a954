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
        foreach (var field in RecordFields.Of(record, limits ?? ImportLimits.Default))
        {
            if (field.Problem is { } problem)
            {
                return (field.Name, problem);
            }
        }
        return null;
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
}
