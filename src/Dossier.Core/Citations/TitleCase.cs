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
            if (core.Length > 0 && char.IsLower(core[0]) && core.All(c => !char.IsUpper(c))
                && (first || !StopWords.Contains(core.TrimEnd(',', ':', ';', '.', '?', '!', '"', '\'', ')', ']', '\u201D', '\u2019'))))
            {
                var at = word.Length - core.Length;
                words[i] = word[..at] + char.ToUpperInvariant(core[0]) + core[1..];
            }
            first = word.EndsWith(':') || word.EndsWith('?') || word.EndsWith('!');
        }
        return string.Join(' ', words);
    }
}
