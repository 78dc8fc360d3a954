using Dossier.Core.Records;

namespace Dossier.Interop.Importers.Citations;

/// <summary>
/// Reads the credits of a citation ("Contributed by X and translated by Y", "Contributed, transcribed, and
/// translated by Z", "Obtained for CWIHP by A. Translated from the Russian by B, C, and D") word by word:
/// linear in the text, and each (name, role) is kept once.
/// </summary>
internal static class CreditParser
{
    public static ContributorRole? RoleOf(string word)
    {
        // Most words are no verb: reject them by length and first letter before any allocation.
        if (word.Length is < 6 or > 12 || char.ToLowerInvariant(word[0]) is not ('c' or 'o' or 'd' or 'p' or 't' or 'e'))
        {
            return null;
        }
        return Verb(word.TrimEnd(',', ';').ToLowerInvariant());
    }

    private static ContributorRole? Verb(string word) => word switch
    {
        "contributed" or "obtained" or "donated" or "provided" => ContributorRole.Contributor,
        "translated" => ContributorRole.Translator,
        "transcribed" => ContributorRole.Transcriber,
        "edited" => ContributorRole.Editor,
        _ => null,
    };

    /// <summary>Where the credits start: the first credit verb with "by" after it in the same sentence, or -1.</summary>
    public static int Start(string text, int from)
    {
        var sentence = from;
        while (sentence < text.Length)
        {
            var end = text.IndexOf('.', sentence);
            end = end < 0 ? text.Length : end;
            var verb = -1;
            var i = sentence;
            while (i < end)
            {
                var wordStart = i;
                while (i < end && text[i] != ' ')
                {
                    i++;
                }
                var length = i - wordStart;
                if (verb < 0 && length is >= 6 and <= 12 && RoleOf(text.Substring(wordStart, length)) is not null)
                {
                    verb = wordStart;
                }
                else if (verb >= 0 && length == 2 && text.AsSpan(wordStart, 2).Equals("by", StringComparison.OrdinalIgnoreCase))
                {
                    return verb;
                }
                i++;
            }
            sentence = end + 1;
        }
        return -1;
    }

    public static void Read(string text, List<Contributor> contributors)
    {
        var seen = new HashSet<(string, ContributorRole)>();
        foreach (var contributor in contributors)
        {
            seen.Add((contributor.Name, contributor.Role));
        }
        var words = Words(text, 0, text.Length).Select(w => w.Word).ToList();
        var roles = new List<ContributorRole>();
        var i = 0;
        while (i < words.Count)
        {
            var word = words[i];
            if (RoleOf(word) is { } role)
            {
                if (!roles.Contains(role))
                {
                    roles.Add(role);
                }
                i++;
                continue;
            }
            if (roles.Count == 0 || !string.Equals(word, "by", StringComparison.OrdinalIgnoreCase))
            {
                if (word.EndsWith('.') && !IsInitial(word))
                {
                    roles.Clear();
                }
                i++;
                continue;
            }
            i = ReadNames(words, i + 1, roles, contributors, seen);
            roles.Clear();
        }
    }

    // Names run to the end of the sentence, a ";", or an "and"/"," that opens the next credit ("and translated by").
    private static int ReadNames(List<string> words, int i, List<ContributorRole> roles, List<Contributor> contributors, HashSet<(string, ContributorRole)> seen)
    {
        var name = new List<string>();
        void Flush()
        {
            if (name.Count > 0)
            {
                var clean = string.Join(' ', name).Trim().TrimEnd('.', ',', ';').Trim();
                foreach (var role in roles)
                {
                    if (clean.Length > 0 && seen.Add((clean, role)))
                    {
                        contributors.Add(new Contributor { Name = clean, Role = role });
                    }
                }
                name.Clear();
            }
        }
        for (; i < words.Count; i++)
        {
            var word = words[i];
            var next = i + 1 < words.Count ? words[i + 1] : null;
            if ((string.Equals(word, "and", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "&", StringComparison.Ordinal)))
            {
                if (next is not null && (RoleOf(next) is not null || string.Equals(next, "was", StringComparison.OrdinalIgnoreCase)))
                {
                    Flush();
                    return i + 1;
                }
                Flush();
                continue;
            }
            name.Add(word.TrimEnd(',', ';'));
            if (word.EndsWith(';') || (word.EndsWith('.') && !IsInitial(word)))
            {
                Flush();
                return i + 1;
            }
            if (word.EndsWith(','))
            {
                Flush();
                if (next is not null && RoleOf(next) is not null)
                {
                    return i + 1;
                }
            }
        }
        Flush();
        return i;
    }

    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    private static IEnumerable<(string Word, int Index)> Words(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && text[i] == ' ')
            {
                i++;
            }
            var from = i;
            while (i < end && text[i] != ' ')
            {
                i++;
            }
            if (i > from)
            {
                yield return (text[from..i], from);
            }
        }
    }
}
