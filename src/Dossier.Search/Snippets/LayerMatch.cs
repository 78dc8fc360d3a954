using Dossier.Search.Querying;

namespace Dossier.Search.Snippets;

/// <summary>One occurrence of a query word in a layer: local offsets in the layer's text.</summary>
internal readonly record struct LayerMatch(int Layer, int Start, int End, int Word, MatchKind Kind);
