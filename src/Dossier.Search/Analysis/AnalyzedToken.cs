namespace Dossier.Search.Analysis;

/// <summary>One token out of an analysis chain: its term, 0-based position, and character offsets in the input.</summary>
public readonly record struct AnalyzedToken(string Term, int Position, int StartOffset, int EndOffset);
