namespace Dossier.Core.Editing;

/// <summary>
/// One field that differs between two versions, named by its JSON path (<c>title</c>, <c>layers[1].text</c>).
/// A text field also carries its line-by-line diff in <see cref="Lines"/>; other fields leave it empty.
/// </summary>
public sealed record FieldChange(string Field, string? Before, string? After, IReadOnlyList<DiffLine> Lines);
