using Lucene.Net.Tartarus.Snowball.Ext;

namespace Dossier.Search.Analysis;

/// <summary>
/// Russian stemming for index terms: Snowball Russian, then surnames in -ов/-ев made whole. Snowball strips
/// -ев from the nominative (Хрущев → хрущ) but leaves it when a case ending follows (Хрущеву → хрущев);
/// dropping a final -ов/-ев from stems of at least four letters more gives every form one term.
/// Also gives the "name stem" used for romanization: case endings only, the -ов/-ев/-ин kept (Хрущеву → хрущев).
/// Not thread-safe: one per token stream.
/// </summary>
internal sealed class RussianStemmer
{
    private static readonly string[] NameEndings = ["ыми", "ым", "ом", "ой", "ых", "а", "у", "е", "ы"];
    private readonly Lucene.Net.Tartarus.Snowball.Ext.RussianStemmer _snowball = new();

    /// <summary>Stems term[0..length) in place (the buffer may be replaced); returns the new length.</summary>
    public int Stem(ref char[] term, int length)
    {
        if (!HasCyrillic(term, length))
        {
            return length;
        }

        _snowball.SetCurrent(term, length);
        _snowball.Stem();
        length = _snowball.CurrentBufferLength;
        if (term.Length < length)
        {
            term = new char[length];
        }

        Array.Copy(_snowball.CurrentBuffer, term, length);
        if (length >= 6 && term[length - 1] == 'в' && term[length - 2] is 'о' or 'е')
        {
            length -= 2;
        }

        return length;
    }

    /// <summary>The stem whose romanization should match other spellings of the same name; null if the term itself is one.</summary>
    public string? NameStem(ReadOnlySpan<char> term)
    {
        if (!HasCyrillic(term))
        {
            return null;
        }

        foreach (var ending in NameEndings)
        {
            if (term.Length > ending.Length + 4 && term.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = term[..^ending.Length];
                if (stem.EndsWith("ов", StringComparison.Ordinal) || stem.EndsWith("ев", StringComparison.Ordinal)
                    || stem.EndsWith("ин", StringComparison.Ordinal) || stem.EndsWith("ын", StringComparison.Ordinal))
                {
                    return stem.ToString();
                }
            }
        }

        if (term.EndsWith("ов", StringComparison.Ordinal) || term.EndsWith("ев", StringComparison.Ordinal)
            || term.EndsWith("ин", StringComparison.Ordinal) || term.EndsWith("ын", StringComparison.Ordinal))
        {
            return null;
        }

        // A word ending in -и is as often a foreign name Russian leaves undeclined (Кеннеди, Банди, Ганди, Маккарти) as a
        // case form, and its Snowball stem, romanized, is another word: Банди found "band" in 97 FRUS records, none Bundy.
        // A name in -о is undeclined whatever its origin (Конго, Чикаго, Торонто, Громыко), and no case of a name ends so:
        // Конго found Hong Kong and the Viet Cong by "kong" (2,117 FRUS records, 618 of them the Congo's).
        if (term.EndsWith("и", StringComparison.Ordinal) || term.EndsWith("о", StringComparison.Ordinal))
        {
            return null;
        }

        var buffer = term.ToArray();
        _snowball.SetCurrent(buffer, buffer.Length);
        _snowball.Stem();
        var length = _snowball.CurrentBufferLength;
        return length == term.Length || length < 4 ? null : new string(_snowball.CurrentBuffer, 0, length);
    }

    private static bool HasCyrillic(ReadOnlySpan<char> term)
    {
        foreach (var c in term)
        {
            if (c is >= 'а' and <= 'я')
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCyrillic(char[] term, int length) => HasCyrillic(term.AsSpan(0, length));
}
