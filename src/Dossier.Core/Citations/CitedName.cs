namespace Dossier.Core.Citations;

/// <summary>A person or body as citations name it: family and given names, or a literal for a body.</summary>
public sealed record CitedName(string? Family, string? Given, string? Literal)
{
    // Words that make a name a body's ("Japan-China Cultural Exchange Association"), not a person's.
    private static readonly HashSet<string> BodyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Association", "Ministry", "Committee", "Bureau", "Department", "Council", "Party", "Office", "Embassy", "Division",
        "Government", "Agency", "Institute", "Archive", "Archives", "Library", "Foundation", "Company", "Corporation",
        "Commission", "Union", "League", "Federation", "Organization", "Organisation", "Secretariat", "Center", "Centre",
        "Army", "Navy", "Staff", "Service", "Directorate", "Presidium", "Politburo", "Legation", "Consulate", "Board",
    };

    /// <summary>"Nehru, Jawaharlal" and "Roham Alvandi" are persons; "Japan. Foreign Ministry" is a body.</summary>
    public static CitedName Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Trim();
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && !text.Contains('.', StringComparison.Ordinal))
        {
            return new CitedName(text[..comma].Trim(), text[(comma + 2)..].Trim(), null);
        }
        var space = text.LastIndexOf(' ');
        if (space <= 0 || text.Split(' ').Any(BodyWords.Contains) || text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal) && !IsInitials(text[..space]))
        {
            return new CitedName(null, null, text);
        }
        return new CitedName(text[(space + 1)..], text[..space], null);
    }

    /// <summary>"Roham Alvandi".</summary>
    public string Natural => Literal ?? (Given is null ? Family ?? "" : Given + " " + Family);

    /// <summary>"Alvandi, Roham".</summary>
    public string Inverted => Literal ?? (Given is null ? Family ?? "" : Family + ", " + Given);

    // "John F. Kennedy": initials inside a personal name.
    private static bool IsInitials(string given) => given.Split(' ').All(w => !w.EndsWith('.') || w.Length == 2);
}
