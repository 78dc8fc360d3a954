using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Ocr.Tests.Support;

/// <summary>
/// Character error rate: the Levenshtein distance (insertions, deletions, substitutions) between OCR output and
/// the reference, divided by the reference's length, both NFC with runs of white space as one space.
/// </summary>
internal static partial class CharacterErrorRate
{
    public static double Of(string recognised, string reference)
    {
        var a = Normalise(recognised);
        var b = Normalise(reference);
        return b.Length == 0 ? (a.Length == 0 ? 0 : 1) : (double)Distance(a, b) / b.Length;
    }

    public static string Normalise(string text) => Spaces().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
