namespace Dossier.Search.Querying;

/// <summary>The parsed shape of what a person typed; see <see cref="TolerantQueryParser"/>.</summary>
internal abstract record QueryNode;

/// <summary>A word as typed; <paramref name="Prefix"/> when it ended in '*'. <paramref name="Field"/> restricts it (only "title" so far).</summary>
internal sealed record WordNode(string Text, bool Prefix, string? Field = null) : QueryNode;

internal sealed record PhraseNode(string Text, string? Field = null) : QueryNode;

/// <summary>A metadata filter typed in the box: lang:ru, person:…, collection:…, kind:….</summary>
internal sealed record FilterNode(string Field, string Value) : QueryNode;

/// <summary>date:[1955 TO 1957], year:1955: the record's date may fall between the two days.</summary>
internal sealed record DateRangeNode(DateOnly? From, DateOnly? To) : QueryNode;

internal sealed record NotNode(QueryNode Inner) : QueryNode;

/// <summary>Words side by side: ranked (more of them ranks higher), or all required when typed with AND (<paramref name="Required"/>).</summary>
internal sealed record AndNode(IReadOnlyList<QueryNode> Items, bool Required = false) : QueryNode;

/// <summary>
/// A parenthesised part: in words side by side, a heading's qualifier or cross-reference ("(Nov. 1955)",
/// "(see also; under Turkey)"), which ranks softly; elsewhere a plain grouping ("(Cuba OR Berlin)").
/// </summary>
internal sealed record GroupNode(QueryNode Inner) : QueryNode;

internal sealed record OrNode(IReadOnlyList<QueryNode> Items) : QueryNode;
