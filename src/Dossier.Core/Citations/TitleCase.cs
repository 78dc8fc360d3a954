namespace Dossier.Core.Citations;

/// <summary>CSL's title case for English titles (CSL 1.0.2, text-case="title"): lower-case words are capitalised except stop words; words holding a capital stay as they are.</summary>
internal static class TitleCase
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "according", "across", "afore", "after", "against", "along", "alongside", "amid", "amidst", "among", "amongst",
        "an", "and", "anenst", "apropos", "apud", "around", "as", "aside", "astride", "at", "athwart", "atop", "barring",
        "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by", "circa", "despite",
        "down", "during", "except", "for", "forenenst", "from", "given", "in", "inside", "into", "lest", "like", "modulo",
        "near", "next", "nor", "notwithstanding", "of", "off", "on", "onto", "or", "out", "over", "per", "plus", "pro",
        "qua", "sans", "since", "so", "than", "the", "through", "thru", "throughout", "thruout", "till", "to", "toward",
        "towards", "under", "underneath", "until", "unto", "up", "upon", "versus", "vs.", "vs", "v.", "via", "vis-à-vis",
        "with", "within", "without", "worth", "yet",
    };

    public static string Apply(string title)
    {
        var words = title.Split(' ');
        var first = true;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var core = word.TrimStart('"', '\'', '(', '[', '\u201C', '\u2018');
            var bare = core.TrimEnd(',', ':', ';', '.', '?', '!', '"', '\'', ')', ']', '\u201D', '\u2019');
            // "a.m." keeps its case: a word with a period inside is an abbreviation.
            if (core.Length > 0 && !bare.Contains('.', StringComparison.Ordinal) && core.All(c => !char.IsUpper(c)))
            {
                var parts = core.Split('-');
                for (var p = 0; p < parts.Length; p++)
                {
                    if (parts[p].Length > 0 && char.IsLower(parts[p][0]) && (p > 0 || first || !StopWords.Contains(bare)))
                    {
                        parts[p] = char.ToUpperInvariant(parts[p][0]) + parts[p][1..];
                    }
                }
                words[i] = word[..(word.Length - core.Length)] + string.Join('-', parts);
            }
            else if (core.Length > 0 && core.Contains('-', StringComparison.Ordinal) && !bare.Contains('.', StringComparison.Ordinal))
            {
                // "Ching-kuo": each part of a hyphenated word is a word.
                var parts = core.Split('-');
                for (var p = 1; p < parts.Length; p++)
                {
                    if (parts[p].Length > 0 && char.IsLower(parts[p][0]) && parts[p].All(c => !char.IsUpper(c)))
                    {
                        parts[p] = char.ToUpperInvariant(parts[p][0]) + parts[p][1..];
                    }
                }
                words[i] = word[..(word.Length - core.Length)] + string.Join('-', parts);
            }
            first = word.EndsWith(':') || word.EndsWith('?') || word.EndsWith('!');
        }
        return string.Join(' ', words);
    }
}
