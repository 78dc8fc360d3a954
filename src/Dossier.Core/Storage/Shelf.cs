namespace Dossier.Core.Storage;

/// <summary>
/// An archival place as the archival tree names it: a repository ("Russian State Archive of Contemporary History
/// (RGANI)") and the levels of its hierarchy from the top down ("Fond 5", "Opis 28", "Delo 347"), none for the
/// repository itself.
/// </summary>
public sealed record Shelf(string Repository, IReadOnlyList<string> Levels)
{
    /// <summary>Whether <paramref name="count"/>'s place is this one or lies below it.</summary>
    public bool Holds(ShelfCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        if (!string.Equals(count.Repository, Repository, StringComparison.Ordinal) || count.Levels.Count < Levels.Count)
        {
            return false;
        }
        for (var i = 0; i < Levels.Count; i++)
        {
            if (!string.Equals(count.Levels[i], Levels[i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
