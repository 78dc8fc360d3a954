using System.Text;

namespace Dossier.Core.Languages;

/// <summary>
/// The character n-grams (orders 1 to 3) a text is scored by, the same when a profile is built and when a text
/// is identified: lower case, apostrophe letters (Uzbek o‘, g‘) folded to one apostrophe, words padded with a
/// space at each end so that beginnings and endings count, and everything that is not a letter of the given
/// script a word break. This is the n-gram method of Cavnar and Trenkle (1994), scored as Naive Bayes.
/// </summary>
public static class LanguageNgrams
{
    public const int MaxOrder = 3;

    /// <summary>Calls <paramref name="visit"/> with each n-gram of the text and its order.</summary>
    public static void Visit(string text, string script, Action<string, int> visit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(visit);
        var word = new StringBuilder(" ");
        foreach (var raw in text)
        {
            var c = Normalize(raw);
            if (c == '\'' ? word.Length > 1 : IsLetterOf(c, script))
            {
                word.Append(c);
                continue;
            }
            Flush(word, visit);
        }
        Flush(word, visit);
    }

    /// <summary>Whether a letter belongs to the script ("Cyrl", "Latn", "Arab"), by ISO 15924 code.</summary>
    public static bool IsLetterOf(char c, string script) =>
        string.Equals(ScriptCounter.Classify(c).ToString(), script, StringComparison.Ordinal);

    private static char Normalize(char c) => c switch
    {
        '‘' or '’' or 'ʻ' or 'ʼ' or '`' or '´' => '\'',
        _ => char.ToLowerInvariant(c),
    };

    private static void Flush(StringBuilder word, Action<string, int> visit)
    {
        while (word.Length > 1 && word[^1] == '\'')
        {
            word.Length--;
        }
        if (word.Length > 1)
        {
            word.Append(' ');
            var text = word.ToString();
            for (var order = 1; order <= MaxOrder; order++)
            {
                for (var i = 0; i + order <= text.Length; i++)
                {
                    // A unigram is a letter, never the padding.
                    if (order > 1 || text[i] != ' ')
                    {
                        visit(text.Substring(i, order), order);
                    }
                }
            }
        }
        word.Clear().Append(' ');
    }
}
