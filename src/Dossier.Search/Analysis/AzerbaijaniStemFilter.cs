using Dossier.Core.Romanization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Dossier.Search.Analysis;

/// <summary>
/// The <c>stem.az</c> stemmer: Azerbaijani Cyrillic is first written in the 1991 Latin alphabet (so Latin and
/// Cyrillic layers share terms), then a light suffix stripper removes up to three inflectional suffixes
/// (case, possessive, plural, copula), longest first, keeping at least three letters. Snowball Turkish is
/// not used: its vowel-harmony checks do not know ə, so most Azerbaijani words would pass unstemmed.
/// </summary>
internal sealed class AzerbaijaniStemFilter : TokenFilter
{
    // Longest first within each length; one-letter vowel suffixes only from stems of four letters or more.
    private static readonly string[] Suffixes =
    [
        "ların", "lərin", "ları", "ləri", "larda", "lərdə", "lardan", "lərdən",
        "dan", "dən", "tan", "tən", "nın", "nin", "nun", "nün", "lar", "lər", "dır", "dir", "dur", "dür",
        "mız", "miz", "muz", "müz", "nız", "niz", "nuz", "nüz", "sın", "sin", "sun", "sün",
        "da", "də", "ta", "tə", "ın", "in", "un", "ün", "ya", "yə", "nı", "ni", "nu", "nü", "na", "nə",
        "yı", "yi", "yu", "yü", "sı", "si", "su", "sü", "ım", "im", "um", "üm",
        "a", "ə", "ı", "i", "u", "ü",
    ];

    private readonly ICharTermAttribute _term;

    public AzerbaijaniStemFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        if (HasCyrillic(buffer, length))
        {
            var latin = Romanizer.Romanize(new string(buffer, 0, length), RomanizationScheme.Azerbaijani);
            _term.SetEmpty().Append(latin);
            buffer = _term.Buffer;
            length = _term.Length;
        }

        _term.Length = StripSuffixes(buffer, length);
        return true;
    }

    internal static int StripSuffixes(char[] buffer, int length)
    {
        for (var round = 0; round < 3; round++)
        {
            var stripped = false;
            var word = buffer.AsSpan(0, length);
            foreach (var suffix in Suffixes)
            {
                var minStem = suffix.Length == 1 ? 4 : 3;
                if (word.Length - suffix.Length >= minStem && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    length -= suffix.Length;
                    stripped = true;
                    break;
                }
            }

            if (!stripped)
            {
                break;
            }
        }

        return length;
    }

    private static bool HasCyrillic(char[] buffer, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (buffer[i] is >= '\u0400' and <= '\u04FF')
            {
                return true;
            }
        }

        return false;
    }
}
