using Dossier.Search.Querying;

namespace Dossier.Search.Snippets;

/// <summary>
/// One occurrence of a query word in a shown part of a record (a layer's text or its footnotes): <paramref name="Layer"/>
/// is the part's index in the record's <see cref="Indexing.LayerLayout"/>, and the offsets are local to its text.
/// </summary>
internal readonly record struct LayerMatch(int Layer, int Start, int End, int Word, MatchKind Kind);
