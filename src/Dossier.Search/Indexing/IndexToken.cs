namespace Dossier.Search.Indexing;

/// <summary>
/// One analyzed token: its term, position increment (0 for a stacked form), offsets in the input, and whether it is a
/// hyphenated word's whole (<see cref="Analysis.WordTokenizer.CompoundType"/>) rather than a word or one of its parts.
/// </summary>
internal readonly record struct IndexToken(string Term, int PositionIncrement, int Start, int End, bool Compound = false);
