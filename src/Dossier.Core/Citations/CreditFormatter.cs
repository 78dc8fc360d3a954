using Dossier.Core.Records;

namespace Dossier.Core.Citations;

/// <summary>
/// The credits sentence of the source archive's citations: "Contributed by Roham Alvandi and translated by Gary
/// Goldberg", "Contributed, transcribed, and translated by Stephan Kieninger", "Translated by A and B".
/// </summary>
public static class CreditFormatter
{
    public static string? Format(IReadOnlyList<Contributor> credits)
    {
        ArgumentNullException.ThrowIfNull(credits);
        // Each person's roles in the order given; people with the same roles share one clause.
        var people = new List<(string Name, List<ContributorRole> Roles)>();
        foreach (var credit in credits)
        {
            var person = people.FindIndex(p => string.Equals(p.Name, credit.Name, StringComparison.Ordinal));
            if (person < 0)
            {
                people.Add((credit.Name, [credit.Role]));
            }
            else if (!people[person].Roles.Contains(credit.Role))
            {
                people[person].Roles.Add(credit.Role);
            }
        }
        var clauses = new List<(List<ContributorRole> Roles, List<string> Names)>();
        foreach (var (name, roles) in people)
        {
            var clause = clauses.FindIndex(c => c.Roles.SequenceEqual(roles));
            if (clause < 0)
            {
                clauses.Add((roles, [name]));
            }
            else
            {
                clauses[clause].Names.Add(name);
            }
        }
        if (clauses.Count == 0)
        {
            return null;
        }
        var sentence = Series(clauses.Select(c => Series(c.Roles.Select(Verb).ToList()) + " by " + Series(c.Names)).ToList());
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    /// <summary>"A", "A and B", "A, B, and C".</summary>
    public static string Series(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => "",
            1 => items[0],
            2 => items[0] + " and " + items[1],
            _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
        };
    }

    private static string Verb(ContributorRole role) => role switch
    {
        ContributorRole.Translator => "translated",
        ContributorRole.Transcriber => "transcribed",
        ContributorRole.Editor => "edited",
        _ => "contributed",
    };
}
