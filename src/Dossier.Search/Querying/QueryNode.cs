namespace Dossier.Search.Querying;

/// <summary>The parsed shape of what a person typed; see <see cref="TolerantQueryParser"/>.</summary>
internal abstract record QueryNode;

/// <summary>
/// A word as typed; <paramref name="Prefix"/> when it ended in '*'. <paramref name="Field"/> restricts it (only "title" so
/// far). <paramref name="Of"/> is the word typed when this is one of its pieces ("Нью-Йорк" for Нью and Йорк).
/// </summary>
internal sealed record WordNode(string Text, bool Prefix, string? Field = null, string? Of = null) : QueryNode;

internal sealed record PhraseNode(string Text, string? Field = null) : QueryNode;

/// <summary>
/// Words typed side by side that name a place (Soviet Union, Советского Союза, Нью-Йорк): matched as typed, all of
/// them, or by the place's names in the other language that <paramref name="Name"/> stands for; one word of a ranked query.
/// </summary>
internal sealed record PlaceNameNode(IReadOnlyList<WordNode> Words, MatchWord Name) : QueryNode;

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
