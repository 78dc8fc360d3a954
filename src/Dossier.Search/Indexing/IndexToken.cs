namespace Dossier.Search.Indexing;

/// <summary>One analyzed token: its term, position increment (0 for a stacked form) and offsets in the input.</summary>
internal readonly record struct IndexToken(string Term, int PositionIncrement, int Start, int End);
