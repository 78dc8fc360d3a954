using System.Text;

namespace Dossier.Core.Romanization;

/// <summary>
/// Carries a source letter's case onto its (lower-case) romanization: a capital inside an all-capitals run
/// gives an all-capitals digraph ("ЦИК" → "TSIK"), a lone capital gives title case ("Цимлянск" → "Tsimlyansk").
/// </summary>
internal static class CyrillicCase
{
    private const char Tie = '\u0361';

    public static void Append(StringBuilder output, string lower, string text, int index)
    {
        var c = text[index];
        if (!char.IsUpper(c) || lower.Length == 0)
        {
            output.Append(lower);
            return;
        }

        if (IsUpperLetterAt(text, index - 1) || IsUpperLetterAt(text, index + 1))
        {
            output.Append(lower.ToUpperInvariant());
            return;
        }

        // Title case: the first letter only; a tied pair (t͡s, i͡u) is one letter in ALA-LC practice ("T͡Simli͡ansk").
        var upperUntil = -1;
        for (var i = 0; i < lower.Length; i++)
        {
            if (char.IsLetter(lower[i]))
            {
                upperUntil = i + 2 < lower.Length && lower[i + 1] == Tie ? i + 2 : i;
                break;
            }
        }

        for (var i = 0; i < lower.Length; i++)
        {
            output.Append(i <= upperUntil && char.IsLetter(lower[i]) ? char.ToUpperInvariant(lower[i]) : lower[i]);
        }
    }

    private static bool IsUpperLetterAt(string text, int index) =>
        index >= 0 && index < text.Length && char.IsLetter(text[index]) && char.IsUpper(text[index]);
}
