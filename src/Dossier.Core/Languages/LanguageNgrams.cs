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
        ArgumentNullException.ThrowIfNull(visit);
        Visit(text, Parse(script), (gram, order) => visit(gram.ToString(), order));
    }

    /// <summary>Whether a letter belongs to the script ("Cyrl", "Latn", "Arab"), by ISO 15924 code.</summary>
    public static bool IsLetterOf(char c, string script) => ScriptCounter.Classify(c) == Parse(script);

    /// <summary>The same n-grams as the public overload, each a slice of one buffer (no string per n-gram).</summary>
    internal static void Visit(string text, WritingScript? script, GramVisitor visit)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Padded words are short; a longer one grows the buffer.
        var word = new char[64];
        word[0] = ' ';
        var length = 1;
        foreach (var raw in text)
        {
            var c = Normalize(raw);
            if (c == '\'' ? length > 1 : ScriptCounter.Classify(c) == script)
            {
                if (length + 1 >= word.Length)
                {
                    Array.Resize(ref word, word.Length * 2);
                }
                word[length++] = c;
                continue;
            }
            length = Flush(word, length, visit);
        }
        Flush(word, length, visit);
    }

    /// <summary>The script a code names exactly ("Latn"), or null, which no letter belongs to.</summary>
    internal static WritingScript? Parse(string script) =>
        Enum.TryParse<WritingScript>(script, ignoreCase: false, out var parsed) && string.Equals(parsed.ToString(), script, StringComparison.Ordinal)
            ? parsed
            : null;

    private static char Normalize(char c) => c switch
    {
        '‘' or '’' or 'ʻ' or 'ʼ' or '`' or '´' => '\'',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Visits the n-grams of the word in <paramref name="word"/>[0..length) and returns the length of an empty word (1: the leading space).</summary>
    private static int Flush(char[] word, int length, GramVisitor visit)
    {
        while (length > 1 && word[length - 1] == '\'')
        {
            length--;
        }
        if (length > 1)
        {
            word[length++] = ' ';
            var text = new ReadOnlySpan<char>(word, 0, length);
            for (var order = 1; order <= MaxOrder; order++)
            {
                for (var i = 0; i + order <= text.Length; i++)
                {
                    // A unigram is a letter, never the padding.
                    if (order > 1 || text[i] != ' ')
                    {
                        visit(text.Slice(i, order), order);
                    }
                }
            }
        }
        return 1;
    }
}

/// <summary>Receives one n-gram (valid only during the call) and its order.</summary>
internal delegate void GramVisitor(ReadOnlySpan<char> gram, int order);
