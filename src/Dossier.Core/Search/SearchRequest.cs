namespace Dossier.Core.Search;

/// <summary>One search: the query as typed, filters, paging, sort, and whether to count facets.</summary>
public sealed record SearchRequest
{
    /// <summary>What the person typed. Any text is valid: what cannot be parsed is searched as words.</summary>
    public string Query { get; init; } = "";

    public int Limit { get; init; } = 10;

    public int Offset { get; init; }

    /// <summary>Only layers in these languages (BCP-47 primary tags or full tags: "ru", "az-Cyrl").</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public IReadOnlyList<string> LayerKinds { get; init; } = [];

    /// <summary>Records whose date may fall on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Records whose date may fall on or before this day.</summary>
    public DateOnly? To { get; init; }

    public IReadOnlyList<string> Collections { get; init; } = [];

    public IReadOnlyList<string> Repositories { get; init; } = [];

    /// <summary>Only records on one of these shelves of the archival tree or below it (<see cref="Storage.Shelf.Key"/>).</summary>
    public IReadOnlyList<string> Shelves { get; init; } = [];

    /// <summary>Authority ids or names.</summary>
    public IReadOnlyList<string> People { get; init; } = [];

    public IReadOnlyList<string> Places { get; init; } = [];

    public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary>Only these records (ids): a document page asks what the query matched in its own record.</summary>
    public IReadOnlyList<string> RecordIds { get; init; } = [];

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public bool Facets { get; init; }

    /// <summary>Snippets per hit, at most one per layer.</summary>
    public int Snippets { get; init; } = 3;

    /// <summary>
    /// Only this record (by archive id): a document page asking what a search matched in it. Its answer holds that
    /// one hit or none, without suggestions or the partial-match note, which speak of the whole archive.
    /// </summary>
    public string? RecordId { get; init; }

    /// <summary>Drafts and embargoed records are only searched for editors; public surfaces leave this false.</summary>
    public bool IncludeNonPublic { get; init; }
}
