using Dossier.Core.Importing;
using Dossier.Core.Records;

namespace Dossier.Core.Search;

/// <summary>
/// What search reads of a record, in the order the index holds it: each layer's text (its searchable part, see
/// <see cref="ImportLimits.SearchableLength"/>), then the record's description (title, summary, citation, place of
/// writing, the names of its people, places and organisations, its subjects), then each layer's footnotes. The one rule for the index, the benches'
/// peers (given the same text) and the tests that ask whether a record holds a word.
/// </summary>
public static class SearchableText
{
    /// <summary>Between the parts of a description, and between a layer's footnotes: no phrase spans two of them.</summary>
    public const string PartSeparator = " \n ";

    /// <summary>The part of a layer's text search reads.</summary>
    public static string Layer(TextLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return Searchable(layer.Text ?? "");
    }

    /// <summary>
    /// What describes the record besides its title and text: summary, citation, place of writing, the names of its
    /// people, places and organisations, its subjects (the blank ones left out). The citation is the source's own (a FRUS
    /// source note: the archival reference, who drafted or prepared the document, where it was sent), so a record is found
    /// by its file ("Whitman File", "fond 5") and by the people its note names.
    /// </summary>
    public static IEnumerable<string> Describing(ArchiveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new[] { record.Summary, record.Citation, record.PlaceOfWriting }
            .Concat(record.People.Select(p => p.Name))
            .Concat(record.Places.Select(p => p.Name))
            .Concat(record.Organisations.Select(o => o.Name))
            .Concat(record.Subjects)
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => s!);
    }

    /// <summary>The record's description as the index reads it: the title, then <see cref="Describing"/>.</summary>
    public static string Description(ArchiveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return string.Join(PartSeparator, Describing(record).Prepend(record.Title).Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    /// <summary>A layer's footnotes as the index reads them, in order; empty when it has none.</summary>
    public static string Notes(TextLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return layer.Notes.Count == 0 ? "" : Searchable(string.Join(PartSeparator, layer.Notes.Select(n => n.Text)));
    }

    /// <summary>All search reads of a record, in the index's order: the layers, the description, the layers' footnotes.</summary>
    public static IEnumerable<string> All(ArchiveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Layers.Select(Layer)
            .Append(Description(record))
            .Concat(record.Layers.Select(Notes).Where(n => n.Length > 0));
    }

    /// <summary>The searchable part of a text (<see cref="ImportLimits.SearchableLength"/>).</summary>
    public static string Searchable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[..ImportLimits.SearchableLength(text)];
    }
}
