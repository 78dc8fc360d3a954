namespace Dossier.Core.Storage;

/// <summary>
/// How many public records have exactly this archival place: a repository as the tree names it and the levels of
/// its hierarchy ("Fond 5", "Opis 30", "Delo 140"), from the top down.
/// </summary>
public sealed record ShelfCount(string Repository, IReadOnlyList<string> Levels, int Count);
