using System.Text.RegularExpressions;

namespace Dossier.Core.Authorities;

/// <summary>
/// A person's name split into surname, forenames (initials kept as single letters) and a generational suffix,
/// with titles, ranks and nicknames dropped. Reads inverted headings ("Khrushchev, Nikita S.") and
/// direct order ("N.S. Khrushchev", "Nikita S. Khrushchev").
/// </summary>
public sealed partial class PersonName
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "adm", "admiral", "marshal", "general", "gen", "lt", "lieutenant", "major", "maj", "vice", "field", "brigadier",
        "colonel", "col", "captain", "capt", "sir", "dr", "lord", "lady", "mr", "mrs", "ms", "messrs", "president",
        "chairman", "secretary", "ambassador", "minister", "premier", "governor", "senator", "prof", "professor",
        "comrade", "tovarishch", "gospodin", "herr", "monsieur", "mme", "madame",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "sr", "ii", "iii", "iv" };

    private PersonName(string surname, IReadOnlyList<string> forenames, string? suffix, string original)
    {
        Surname = surname;
        Forenames = forenames;
        Suffix = suffix;
        Original = original;
    }

    public string Surname { get; }

    /// <summary>Whether a word (without its full stop) is a title, rank or form of address: Marshal, Sir, Premier, Madame.</summary>
    public static bool IsTitle(string word) => Titles.Contains(word);

    /// <summary>Forenames and patronymics in order; an initial is a one-letter entry.</summary>
    public IReadOnlyList<string> Forenames { get; }

    /// <summary>"jr", "sr", "ii"… lower case, when the name has one.</summary>
    public string? Suffix { get; }

    public string Original { get; }

    public static PersonName Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = Parenthesis().Replace(name, " ");
        text = Quoted().Replace(text, " ");
        text = OfTheSoviet().Replace(text, " ");
        string? surname = null;
        string rest;
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            surname = text[..comma];
            rest = text[(comma + 1)..];
        }
        else
        {
            rest = text;
        }

        var tokens = Tokens().Matches(rest).Select(m => m.Value).ToList();
        string? suffix = null;
        var kept = new List<string>();
        foreach (var token in tokens)
        {
            var bare = token.TrimEnd('.');
            if (Suffixes.Contains(bare))
            {
                suffix = bare.ToLowerInvariant();
            }
            else if (!Titles.Contains(bare))
            {
                kept.Add(token);
            }
        }
        if (surname is null)
        {
            if (kept.Count == 0)
            {
                return new PersonName(name.Trim(), [], suffix, name);
            }
            surname = kept[^1].TrimEnd('.');
            kept.RemoveAt(kept.Count - 1);
        }
        var surnameTokens = Tokens().Matches(surname).Select(m => m.Value.TrimEnd('.')).Where(t => !Titles.Contains(t)).ToList();
        surname = string.Join(' ', surnameTokens);
        return new PersonName(surname, kept.SelectMany(SplitInitials).ToList(), suffix, name);
    }

    // "N.S." and "Ya." are initials; "Nikita" a forename.
    private static IEnumerable<string> SplitInitials(string token)
    {
        if (token.Contains('.', StringComparison.Ordinal))
        {
            foreach (var part in token.Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return part.Length <= 2 ? part[..1] : part;
            }
        }
        else if (token.Length <= 2 && token.All(char.IsUpper))
        {
            foreach (var c in token)
            {
                yield return c.ToString();
            }
        }
        else
        {
            yield return token;
        }
    }

    public override string ToString() => Original;

    [GeneratedRegex(@"\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesis();

    [GeneratedRegex("[\"“”«»][^\"“”«»]*[\"“”«»]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\bof the Soviet Union\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OfTheSoviet();

    [GeneratedRegex(@"[\p{L}\p{M}'’\-]+\.?(?:[\p{L}\p{M}]+\.)*", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();
}
