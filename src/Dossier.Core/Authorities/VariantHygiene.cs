using System.Text;

namespace Dossier.Core.Authorities;

/// <summary>
/// Keeps junk out of an authority's spellings: a word split by a line-break hyphen ("Khru-shchev" where the
/// authority also writes "Khrushchev"), stray unbalanced quotes and brackets ("L. Brezhnev”"), trailing commas and
/// colons, blanks and repeats. Cleaned spellings that become an existing one are dropped.
/// </summary>
public static class VariantHygiene
{
    private const string Quotes = "\"“”„«»‘’'‹›";

    /// <summary>Cleans the authority's variants in place; returns how many were dropped or rewritten.</summary>
    public static int Clean(Authority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var words = authority.Variants.Select(v => v.Name).Prepend(authority.PreferredName)
            .SelectMany(n => n.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => !w.Contains('-', StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kept = new List<NameVariant>(authority.Variants.Count);
        var rewritten = 0;
        foreach (var variant in authority.Variants)
        {
            var name = CleanName(variant.Name, words);
            // A spelling equal to the heading stays: its source says where the name was seen.
            if (name.Length == 0
                || kept.Exists(k => string.Equals(k.Name, name, StringComparison.Ordinal) && string.Equals(k.Lang, variant.Lang, StringComparison.Ordinal)))
            {
                continue;
            }
            rewritten += string.Equals(name, variant.Name, StringComparison.Ordinal) ? 0 : 1;
            kept.Add(new NameVariant { Name = name, Lang = variant.Lang, Source = variant.Source });
        }
        var changes = authority.Variants.Count - kept.Count + rewritten;
        authority.Variants = kept;
        return changes;
    }

    /// <summary>One spelling cleaned; <paramref name="knownWords"/> are the authority's other words, which prove a hyphen was a line break.</summary>
    public static string CleanName(string name, IReadOnlySet<string> knownWords)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(knownWords);
        var text = string.Join(' ', name.Split((char[])[' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        text = text.Trim(',', ';', ':', ' ');
        text = StripUnbalanced(text);
        var output = new StringBuilder(text.Length);
        foreach (var word in text.Split(' '))
        {
            if (output.Length > 0)
            {
                output.Append(' ');
            }
            var joined = word.Replace("-", "", StringComparison.Ordinal).Replace("\u00AD", "", StringComparison.Ordinal);
            var hyphenated = word.Contains('-', StringComparison.Ordinal) || word.Contains('\u00AD', StringComparison.Ordinal);
            output.Append(hyphenated && knownWords.Contains(joined.Trim('.', ',')) ? joined : word);
        }
        return output.ToString();
    }

    // A quote or bracket at either end without its partner inside the name was picked up from the text around it.
    private static string StripUnbalanced(string text)
    {
        var changed = true;
        while (changed && text.Length > 0)
        {
            changed = false;
            var first = text[0];
            var last = text[^1];
            if ((Quotes.Contains(last, StringComparison.Ordinal) && CountQuotes(text) % 2 == 1) || (last == ')' && !text.Contains('(', StringComparison.Ordinal)) || (last == ']' && !text.Contains('[', StringComparison.Ordinal)))
            {
                text = text[..^1].TrimEnd();
                changed = true;
            }
            else if ((Quotes.Contains(first, StringComparison.Ordinal) && CountQuotes(text) % 2 == 1) || (first == '(' && !text.Contains(')', StringComparison.Ordinal)) || (first == '[' && !text.Contains(']', StringComparison.Ordinal)))
            {
                text = text[1..].TrimStart();
                changed = true;
            }
        }
        return text;
    }

    private static int CountQuotes(string text) => text.Count(c => Quotes.Contains(c, StringComparison.Ordinal) && c != '\'' && c != '’');
}
