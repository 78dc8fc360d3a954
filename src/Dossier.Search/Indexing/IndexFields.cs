using Dossier.Core.Records;

namespace Dossier.Search.Indexing;

/// <summary>The index's non-text fields: identity, stored display values, filters, sort keys and facets.</summary>
internal static class IndexFields
{
    public const string Id = "id";
    public const string SourceId = "source";
    public const string StoredTitle = "title_s";
    public const string StoredDate = "date_s";

    /// <summary>JSON of the record's first collection and its archival reference (see <see cref="StoredShelf"/>).</summary>
    public const string StoredShelf = "shelf_s";

    /// <summary>"precision startDayNumber endDayNumber", to give hits their date back whole.</summary>
    public const string StoredDateBounds = "date_b";

    /// <summary>Indexed day numbers (yyyyMMdd) for range filters.</summary>
    public const string DateStart = "date_start";
    public const string DateEnd = "date_end";

    /// <summary>Doc values for sorting by date.</summary>
    public const string DateSort = "date_sort";

    /// <summary>The record's status, one term (<see cref="StatusTerm"/>).</summary>
    public const string Status = "status";

    /// <summary>UTC ticks of the embargo's end, 0 when there is none.</summary>
    public const string Embargo = "embargo";

    /// <summary>Stored per layer, in layer order: its text, or the first of its slices (<see cref="LayerSlices"/>).</summary>
    public const string LayerText = "layer_text";

    /// <summary>Stored after a long layer's <see cref="LayerText"/>: its further slices, in order (<see cref="LayerSlices"/>).</summary>
    public const string LayerSlice = "layer_slice";

    /// <summary>Stored before each slice of a long layer: where the slice lies in the layer (<see cref="LayerSlices.Place"/>).</summary>
    public const string LayerSliceAt = "layer_slice_at";

    /// <summary>Stored per layer that has footnotes, in layer order: its footnotes as the index reads them (<see cref="Dossier.Core.Search.SearchableText.Notes"/>).</summary>
    public const string NoteText = "note_text";

    /// <summary>Binary doc values: where each part of a record lies in its text fields (see <see cref="LayerLayout"/>).</summary>
    public const string LayerLayout = "layer_layout";

    /// <summary>Binary doc values: where each word of each part of a record stands (see <see cref="WordSpans"/>).</summary>
    public const string WordSpans = "word_spans";

    /// <summary>Filter fields (lower-cased, exact) and facet doc-value fields share these names.</summary>
    public const string Lang = "lang";
    public const string Kind = "kind";
    public const string Year = "year";
    public const string Decade = "decade";
    public const string Collection = "collection";
    public const string Repository = "repository";
    public const string Person = "person";
    public const string Place = "place";
    public const string Subject = "subject";

    /// <summary>Each authority id the record cites, as stored (<see cref="Core.Records.ArchiveRecord.CitedAuthorityIds"/>): what relates records.</summary>
    public const string Cites = "cites";

    /// <summary>Every shelf of the archival tree a record is on, from its repository down (<see cref="Core.Storage.Shelf.KeysDownTo"/>), lower-cased.</summary>
    public const string Shelf = "shelf";

    public static readonly string[] FacetNames = [Lang, Kind, Year, Decade, Collection, Repository, Person, Place, Subject];

    /// <summary>A label field carries "value\u001Flabel" so a facet shows a name for an id (looked up for the values shown).</summary>
    public const char LabelSeparator = '\u001F';

    public static string LabelField(string facetField) => facetField + ".label";

    /// <summary>The term a record of <paramref name="status"/> holds in <see cref="Status"/>.</summary>
    public static string StatusTerm(RecordStatus status) => status.ToString().ToLowerInvariant();

    public static string FacetField(string facet) => "f." + facet;

    /// <summary>
    /// Marks a record whose English stem field is written whole (<see cref="WholeStemsTerm"/>): one with a layer in another
    /// language. Every other record's leaves its function words and numbers to the exact field (<see cref="Analysis.SearchFields.StemAsIndexed"/>).
    /// </summary>
    public const string WholeStems = "stems_whole";

    public const string WholeStemsTerm = "en";

    /// <summary>The one (language, kind) qualifier of a record whose layers all share it.</summary>
    public const string Scope = "scope";

    /// <summary>"ru.transcription": a layer's primary language tag and kind.</summary>
    public static string Qualifier(string primaryTag, string kind) => primaryTag + "." + kind;

    private const char QualifierSeparator = '@';

    /// <summary>A text field holding only the layers of one qualifier: "text@ru.transcription".</summary>
    public static string Qualified(string field, string qualifier) => field + QualifierSeparator + qualifier;

    /// <summary>
    /// <paramref name="field"/> as the same field, or its qualified copy, of <paramref name="other"/> ("latn@ru.original"
    /// as "text@ru.original"); null when <paramref name="field"/> is neither <paramref name="base"/> nor a qualified copy of it.
    /// </summary>
    public static string? Requalified(string field, string @base, string other)
    {
        if (string.Equals(field, @base, StringComparison.Ordinal))
        {
            return other;
        }
        return field.Length > @base.Length && field.StartsWith(@base, StringComparison.Ordinal) && field[@base.Length] == QualifierSeparator
            ? Qualified(other, field[(@base.Length + 1)..])
            : null;
    }
}
