using Dossier.Core.Records;

namespace Dossier.Core.Search;

public sealed record SearchHit
{
    public string Id { get; init; } = "";

    public string SourceId { get; init; } = "";

    public string Title { get; init; } = "";

    public HistoricalDate? Date { get; init; }

    public float Score { get; init; }

    /// <summary>
    /// The record's first collection and its archival reference: what tells hits of one title apart in a list ("No. 12",
    /// "RGANI, f. 5, op. 28, d. 347"), given with the hit so a page of hits reads nothing more.
    /// </summary>
    public CollectionMembership? Collection { get; init; }

    public ArchivalReference? Reference { get; init; }

    /// <summary>Why the record matched, in words: "Пишевери — Cyrillic spelling of Pishevari".</summary>
    public IReadOnlyList<string> Why { get; init; } = [];

    public IReadOnlyList<Snippet> Snippets { get; init; } = [];

    /// <summary>Every distinct spelling the query matched in the record's layers ("Pischevari", "Пишеверу"), so a page marks all of them.</summary>
    public IReadOnlyList<string> Matched { get; init; } = [];
}
