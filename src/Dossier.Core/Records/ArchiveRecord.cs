using System.Text.Json.Serialization;
using Dossier.Core.Scans;

namespace Dossier.Core.Records;

/// <summary>
/// One archival document as the archive holds it: its identity, descriptive metadata,
/// the archival reference, and every text layer (transcription, original, translations).
/// </summary>
public sealed class ArchiveRecord
{
    /// <summary>The archive's own stable identifier (see <see cref="RecordId"/>).</summary>
    public string Id { get; set; } = "";

    public SourceIdentifier Source { get; set; } = new();

    public string Title { get; set; } = "";

    public HistoricalDate? Date { get; set; }

    /// <summary>Where the document was written ("Moscow", "Washington").</summary>
    public string? PlaceOfWriting { get; set; }

    public string? Summary { get; set; }

    /// <summary>The citation exactly as the source printed it.</summary>
    public string? Citation { get; set; }

    public ArchivalReference? ArchivalReference { get; set; }

    public List<Contributor> Contributors { get; set; } = [];

    /// <summary>BCP-47 tags of the languages the document was written in.</summary>
    public List<string> OriginalLanguages { get; set; } = [];

    public List<TextLayer> Layers { get; set; } = [];

    /// <summary>Page images of the original, in page order; null when the record has none (and then left out of its JSON).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ScanPage>? Scans { get; set; }

    /// <summary>How the paragraphs of the translations correspond to the original's (computed at import); null when there is no translation.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<Alignment.TextAlignment>? Alignments { get; set; }

    public List<EntityLink> People { get; set; } = [];

    public List<EntityLink> Places { get; set; } = [];

    public List<EntityLink> Organisations { get; set; } = [];

    public List<string> Subjects { get; set; } = [];

    /// <summary>People and places recognised in the text layers, linked or proposed (see Names.NameLinker); null when none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<Names.NameMention>? Mentions { get; set; }

    /// <summary>
    /// "recogniser" when the import's name recogniser set the record's name links (Names.NameLinker), so authority
    /// files imported later may link more (Names.NameRelinker); null when the links are the source's or an editor's.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NamesLinkedBy { get; set; }

    /// <summary>
    /// What the recogniser could find in the texts (Names.NameSieve), set when it links the record, for the store to
    /// keep beside it; never part of the record's document.
    /// </summary>
    [JsonIgnore]
    public byte[]? NameSieve { get; set; }

    public List<CollectionMembership> Collections { get; set; } = [];

    public string? Rights { get; set; }

    public RecordStatus Status { get; set; } = RecordStatus.Published;

    /// <summary>
    /// Labelled fields of the source that have no place in this model, kept as printed (label → value),
    /// so an import loses nothing; null when there are none.
    /// </summary>
    public Dictionary<string, string>? SourceFields { get; set; }

    /// <summary>An embargoed record stays out of every public surface until this instant.</summary>
    public DateTimeOffset? EmbargoUntil { get; set; }

    /// <summary>
    /// The authority records this record cites (its people, places, organisations and contributors that are linked to
    /// one), each once: what relates it to other records (see Search.RelatedQuery).
    /// </summary>
    public IEnumerable<string> CitedAuthorityIds() =>
        People.Concat(Places).Concat(Organisations).Select(l => l.AuthorityId)
            .Concat(Contributors.Select(c => c.AuthorityId))
            .OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal);

    /// <summary>True when the record may be shown to the public at <paramref name="now"/>.</summary>
    public bool IsPublicAt(DateTimeOffset now) =>
        Status == RecordStatus.Published && (EmbargoUntil is null || EmbargoUntil <= now);
}
