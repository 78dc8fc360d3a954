namespace Dossier.Core.Citations;

/// <summary>The published edition a document appears in (a FRUS volume): its title, the document's number, the editors.</summary>
public sealed record CitedEdition(string Title, string? Number, IReadOnlyList<CitedName> Editors, string? Publisher);
