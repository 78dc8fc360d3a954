namespace Dossier.Core.Search;

/// <summary>A matched span of a snippet's text, in UTF-16 code units.</summary>
public readonly record struct Highlight(int Start, int Length);
