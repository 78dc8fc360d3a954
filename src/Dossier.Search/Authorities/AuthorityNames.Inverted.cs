using Dossier.Core.Authorities;
using Dossier.Core.Romanization;
using Dossier.Search.Querying;

namespace Dossier.Search.Authorities;

/// <summary>
/// A person's inverted name as a heading writes it when the authority writes it otherwise: "Khrushchev, Nikita S." for
/// "Khrushchev, Nikita Sergeevich", "Eisenhower, Dwight David" for "Eisenhower, Dwight D.", "Hammarskjöld, Dag" for
/// "Hammarskjold, Dag", "Jebb, H. M. Gladwyn" for "Jebb, Sir Hubert Miles Gladwyn", "Harkins, Gen. Paul D." for
/// "Harkins, Gen. Paul D. (USA)". The surname is the same word once folded to Latin letters; the given names, ranks and
/// titles left out, are the authority's first given names, each the same word or an initial of it.
/// </summary>
internal sealed partial class AuthorityNames
{
    /// <summary>Person authorities by their folded surname, with their folded given names.</summary>
    private readonly Dictionary<string, List<(string Id, string[] Given)>> _bySurname = new(StringComparer.Ordinal);

    /// <summary>
    /// The person whose name begins <paramref name="typed"/> (a heading's words as typed, its first ending with a comma), and
    /// how many words the name takes: the most that name one person only, never stopping before an initial or a title (in
    /// "Henderson, John N." the name is not "Henderson, John"). Null when no person's name fits, or more than one does.
    /// </summary>
    public (string Id, int Words)? InvertedName(IReadOnlyList<string> typed)
    {
        if (typed.Count < 2 || !typed[0].EndsWith(','))
        {
            return null;
        }
        // Each word folded once; a word with no letter (a dash) ends the name.
        var folded = typed.Select(Fold).ToArray();
        if (!_bySurname.TryGetValue(folded[0], out var people))
        {
            return null;
        }
        var stop = Array.FindIndex(folded, 1, f => f.Length == 0);
        for (var length = stop < 0 ? typed.Count : stop; length >= 2; length--)
        {
            if (length < typed.Count && GoesOn(typed[length], folded[length]))
            {
                continue;
            }
            var given = folded[1..length].Where(f => !HeadingWords.IsTitle(f)).ToList();
            if (given.Count == 0)
            {
                continue;
            }
            string? found = null;
            foreach (var (id, names) in people)
            {
                if (Fits(given, names))
                {
                    if (found is not null)
                    {
                        return null;
                    }
                    found = id;
                }
            }
            if (found is not null)
            {
                return (found, length);
            }
        }
        return null;
    }

    private void AddInverted(Authority authority)
    {
        var name = WithoutParentheses(authority.PreferredName);
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0)
        {
            return;
        }
        var surname = Fold(name[..comma]);
        var given = name[(comma + 1)..].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(Fold).Where(w => w.Length > 0 && !HeadingWords.IsTitle(w)).ToArray();
        if (surname.Length == 0 || given.Length == 0)
        {
            return;
        }
        var people = _bySurname.TryGetValue(surname, out var list) ? list : _bySurname[surname] = [];
        people.Add((authority.Id, given));
    }

    /// <summary>The typed given names are the authority's first ones, each the same word or an initial of the other.</summary>
    private static bool Fits(List<string> typed, string[] names)
    {
        if (typed.Count > names.Length)
        {
            return false;
        }
        for (var i = 0; i < typed.Count; i++)
        {
            var (a, b) = (typed[i], names[i]);
            if (!string.Equals(a, b, StringComparison.Ordinal) && !(a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal)) && !(b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A name goes on over an initial ("N.") or a title ("Jr.").</summary>
    private static bool GoesOn(string word, string folded) =>
        HeadingWords.IsTitle(folded) || (folded.Length == 1 && word.TrimEnd(',').EndsWith('.'));

    private static string Fold(string word) => Romanizer.FoldedLatin(word);

    private static string WithoutParentheses(string name)
    {
        var text = new System.Text.StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name)
        {
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && c != ')')
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }
}
