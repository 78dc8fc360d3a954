using Dossier.Core.Languages;

namespace Dossier.Interop.Importers.Csv;

/// <summary>Language names as catalogues print them ("Russian", "Japanese") to BCP-47 tags, and detection of a text's language.</summary>
internal static class LanguageTags
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en",
        ["russian"] = "ru",
        ["german"] = "de",
        ["french"] = "fr",
        ["spanish"] = "es",
        ["italian"] = "it",
        ["portuguese"] = "pt",
        ["chinese"] = "zh",
        ["japanese"] = "ja",
        ["korean"] = "ko",
        ["persian"] = "fa",
        ["farsi"] = "fa",
        ["arabic"] = "ar",
        ["turkish"] = "tr",
        ["azerbaijani"] = "az",
        ["azeri"] = "az",
        ["ukrainian"] = "uk",
        ["polish"] = "pl",
        ["czech"] = "cs",
        ["slovak"] = "sk",
        ["hungarian"] = "hu",
        ["romanian"] = "ro",
        ["bulgarian"] = "bg",
        ["serbian"] = "sr",
        ["croatian"] = "hr",
        ["serbo-croatian"] = "sh",
        ["albanian"] = "sq",
        ["greek"] = "el",
        ["hebrew"] = "he",
        ["hindi"] = "hi",
        ["vietnamese"] = "vi",
        ["mongolian"] = "mn",
        ["georgian"] = "ka",
        ["armenian"] = "hy",
        ["finnish"] = "fi",
        ["swedish"] = "sv",
        ["norwegian"] = "no",
        ["danish"] = "da",
        ["dutch"] = "nl",
        ["indonesian"] = "id",
        ["urdu"] = "ur",
        ["kazakh"] = "kk",
    };

    /// <summary>A tag for a language name or code ("Russian", "ru", "rus"); null when unknown.</summary>
    public static string? ForName(string name)
    {
        var text = name.Trim();
        if (Names.TryGetValue(text, out var tag))
        {
            return tag;
        }
        return text.Length is 2 or 3 && text.All(char.IsAsciiLetter) ? text.ToLowerInvariant() : null;
    }

    /// <summary>The language of a text by its first two thousand characters (the process's shared identifier), or null when it cannot be told.</summary>
    public static string? Detect(string text)
    {
        var sample = text.Length > 2000 ? text[..2000] : text;
        if (sample.Count(char.IsLetter) < 20)
        {
            return null;
        }
        var guess = LanguageIdentifier.Shared.Identify(sample);
        return guess.IsUndetermined ? null : guess.Tag;
    }
}
