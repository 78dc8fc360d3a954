namespace Dossier.Core.Storage;

/// <summary>Which public records a catalogue listing asks for; every condition given must hold.</summary>
public sealed record CatalogueFilter
{
    /// <summary>Every public record.</summary>
    public static readonly CatalogueFilter All = new();

    /// <summary>Records whose date starts in this year.</summary>
    public int? Year { get; init; }

    /// <summary>Records dated to this very day (day precision).</summary>
    public DateOnly? Day { get; init; }

    /// <summary>Records that belong to this collection.</summary>
    public string? CollectionId { get; init; }

    /// <summary>Only these records.</summary>
    public IReadOnlyCollection<string>? Ids { get; init; }

    /// <summary>Only records citing this authority (a person, place or organisation they are linked to).</summary>
    public string? CitedBy { get; init; }

    /// <summary>Only records filed at exactly this archival place: their reference ends at its last level.</summary>
    public Shelf? Shelf { get; init; }

    /// <summary>Records undated (true) or dated (false).</summary>
    public bool? Undated { get; init; }

    /// <summary>Listed by date (undated last, then by title and id) rather than by id, whatever else the filter asks.</summary>
    public bool InDateOrder { get; init; }

    /// <summary>Drafts, embargoed and withdrawn records too: only for callers that have checked the reader may see them.</summary>
    public bool AnyStatus { get; init; }
}
