namespace Dossier.Core.Storage;

/// <summary>
/// An archival place as the archival tree names it: a repository ("Russian State Archive of Contemporary History
/// (RGANI)") and the levels of its hierarchy from the top down ("Fond 5", "Opis 28", "Delo 347"), none for the
/// repository itself.
/// </summary>
public sealed record Shelf(string Repository, IReadOnlyList<string> Levels)
{
    /// <summary>Separates the repository and the levels in <see cref="Key"/>; no name holds a line break.</summary>
    public const char Separator = '\n';

    /// <summary>The shelf as one string, its repository then its levels, a line each: how a search filter names it.</summary>
    public string Key => string.Join(Separator, [Repository, .. Levels]);

    /// <summary>The shelf <paramref name="key"/> names (any line ending separates its parts); null for an empty part.</summary>
    public static Shelf? Parse(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }
        var parts = key.ReplaceLineEndings("\n").Split(Separator);
        return parts.Any(string.IsNullOrWhiteSpace) ? null : new Shelf(parts[0], parts[1..]);
    }

    /// <summary>Every shelf from the repository down to this one, as <see cref="Key"/>s: a record on this shelf is on each.</summary>
    public IEnumerable<string> KeysDownTo()
    {
        for (var depth = 0; depth <= Levels.Count; depth++)
        {
            yield return string.Join(Separator, [Repository, .. Levels.Take(depth)]);
        }
    }
}
