namespace Dossier.Core.Editing;

/// <summary>One line of a text diff: kept, removed (only in the older version) or added (only in the newer).</summary>
public sealed record DiffLine(DiffLineKind Kind, string Text);
