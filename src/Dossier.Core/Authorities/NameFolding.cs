using System.Globalization;
using System.Text;
using Dossier.Core.Text;

namespace Dossier.Core.Authorities;

/// <summary>
/// The folded form of a name for case- and accent-insensitive lookup: Unicode canonical decomposition (NFD),
/// after <see cref="CodePoints.Clean"/> (so a visitor's unpaired surrogate folds instead of throwing), combining marks removed, lower-cased invariantly, recomposed (NFC). "Khrushchëv" and "KHRUSHCHEV" fold alike.
/// </summary>
public static class NameFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = CodePoints.Clean(text).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }
        return folded.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormC).Trim();
    }
}
