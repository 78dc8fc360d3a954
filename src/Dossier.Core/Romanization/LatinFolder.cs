using System.Text;

namespace Dossier.Core.Romanization;

/// <summary>Folds a token of any script to lower-case ASCII letters and digits; see <see cref="Romanizer.FoldedLatin(string, string?)"/>.</summary>
internal static class LatinFolder
{
    internal enum Lang
    {
        Other,
        Russian,
        Azerbaijani,
        Turkish,
    }

    [ThreadStatic]
    private static StringBuilder? _builder;

    private static readonly string?[] LatinFold = BuildLatinFold();

    internal static Lang LanguageOf(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return Lang.Other;
        }

        var dash = tag.IndexOfAny(['-', '_']);
        var primary = dash < 0 ? tag.AsSpan() : tag.AsSpan(0, dash);
        if (primary.Equals("ru", StringComparison.OrdinalIgnoreCase) || primary.Equals("rus", StringComparison.OrdinalIgnoreCase))
        {
            return Lang.Russian;
        }

        if (primary.Equals("az", StringComparison.OrdinalIgnoreCase) || primary.Equals("aze", StringComparison.OrdinalIgnoreCase))
        {
            return Lang.Azerbaijani;
        }

        return primary.Equals("tr", StringComparison.OrdinalIgnoreCase) ? Lang.Turkish : Lang.Other;
    }

    public static string Fold(ReadOnlySpan<char> token, Lang lang)
    {
        var sb = _builder ??= new StringBuilder(64);
        sb.Clear();
        var azCyrillic = lang == Lang.Azerbaijani || HasAzerbaijaniLetter(token);
        if (lang != Lang.Azerbaijani && HasSchwa(token))
        {
            // ə is only Azerbaijani: its x and c are kh and j whatever language the text was tagged with,
            // so a query typed without a language still meets the indexed form (Xəzər → khezer).
            lang = Lang.Azerbaijani;
        }
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c < 0x80)
            {
                AppendAscii(sb, c, lang);
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                var lower = char.ToLowerInvariant(c);
                if (azCyrillic)
                {
                    var az = AzerbaijaniLatin.Map(lower);
                    if (az is not null)
                    {
                        foreach (var l in az)
                        {
                            AppendLatin(sb, l, Lang.Azerbaijani);
                        }

                        continue;
                    }
                }

                if (lower is >= 'а' and <= 'я' or 'ё')
                {
                    var prev = PreviousLetter(token, i);
                    var next = i + 1 < token.Length ? char.ToLowerInvariant(token[i + 1]) : '\0';
                    sb.Append(RussianBgnPcgn.Map(lower, prev, prev != '\0', next, ascii: true));
                }
                else
                {
                    AppendOther(sb, token.Slice(i, 1));
                }
            }
            else if (c < 0x300)
            {
                AppendLatin(sb, c, lang);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < token.Length && char.IsLowSurrogate(token[i + 1]))
            {
                AppendOther(sb, token.Slice(i, 2));
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                AppendOther(sb, token.Slice(i, 1));
            }
        }

        return sb.ToString();
    }

    // Soft hyphens, apostrophes and marks inside a word must not make е word-initial (Пьеса → pyesa, not pye…).
    private static char PreviousLetter(ReadOnlySpan<char> token, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            var p = token[j];
            if (char.IsLetter(p))
            {
                return char.ToLowerInvariant(p);
            }

            if (!IsInWordIgnorable(p))
            {
                return '\0';
            }
        }

        return '\0';
    }

    private static bool IsInWordIgnorable(char c) =>
        c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u0301' or '\u0300';

    private static bool HasAzerbaijaniLetter(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c >= '\u0490' && c <= '\u04FF' && AzerbaijaniLatin.IsAzerbaijaniOnly(char.ToLowerInvariant(c)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSchwa(ReadOnlySpan<char> token) => token.IndexOfAny('ə', 'Ə') >= 0;

    private static void AppendAscii(StringBuilder sb, char c, Lang lang)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            if (lang == Lang.Azerbaijani && c is 'x' or 'c')
            {
                sb.Append(c == 'x' ? "kh" : "j");
                return;
            }

            sb.Append(c);
        }
        else if (c is >= 'A' and <= 'Z')
        {
            AppendAscii(sb, (char)(c + 32), lang);
        }
    }

    private static void AppendLatin(StringBuilder sb, char c, Lang lang)
    {
        if (c < 0x80)
        {
            AppendAscii(sb, c, lang);
            return;
        }

        var folded = c < LatinFold.Length ? LatinFold[c] : null;
        if (folded is null)
        {
            return;
        }

        foreach (var f in folded)
        {
            AppendAscii(sb, f, lang);
        }
    }

    private static void AppendOther(StringBuilder sb, ReadOnlySpan<char> text)
    {
        var ascii = AnyAscii.Transliteration.Transliterate(text.ToString());
        foreach (var a in ascii)
        {
            if (a is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(a);
            }
            else if (a is >= 'A' and <= 'Z')
            {
                sb.Append((char)(a + 32));
            }
        }
    }

    private static string?[] BuildLatinFold()
    {
        var table = new string?[0x300];
        for (var c = 0x80; c < 0x300; c++)
        {
            var s = ((char)c).ToString();
            if (!char.IsLetterOrDigit(s[0]))
            {
                continue;
            }

            table[c] = AnyAscii.Transliteration.Transliterate(s).ToLowerInvariant();
        }

        // The Turkic letters fold to the digraphs English and Russian-derived spellings use (Pişəvəri ~ Pishevari).
        table['ş'] = table['Ş'] = table['ș'] = table['Ș'] = "sh";
        table['ç'] = table['Ç'] = "ch";
        table['ğ'] = table['Ğ'] = "gh";
        table['ə'] = table['Ə'] = "e";
        table['ı'] = table['İ'] = "i";
        table['ë'] = table['Ë'] = "e";
        return table;
    }
}
