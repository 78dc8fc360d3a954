namespace Dossier.Core.Languages;

/// <summary>English language names as catalogues print them ("Russian", "Azerbaijani") mapped to BCP-47 tags (RFC 5646).</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Tags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Russian"] = "ru",
        ["English"] = "en",
        ["Azerbaijani"] = "az",
        ["Azeri"] = "az",
        ["Azerbaijani (Cyrillic)"] = "az-Cyrl",
        ["Azerbaijani (Latin)"] = "az-Latn",
        ["Azerbaijani (Arabic)"] = "az-Arab",
        ["Ukrainian"] = "uk",
        ["Belarusian"] = "be",
        ["Belorussian"] = "be",
        ["Bulgarian"] = "bg",
        ["Kazakh"] = "kk",
        ["Kyrgyz"] = "ky",
        ["Kirghiz"] = "ky",
        ["Tatar"] = "tt",
        ["Tajik"] = "tg",
        ["Tajiki"] = "tg",
        ["Turkmen"] = "tk",
        ["Uzbek"] = "uz",
        ["Serbian"] = "sr",
        ["Croatian"] = "hr",
        ["Turkish"] = "tr",
        ["Persian"] = "fa",
        ["Farsi"] = "fa",
        ["Dari"] = "fa-AF",
        ["Arabic"] = "ar",
        ["Armenian"] = "hy",
        ["Georgian"] = "ka",
        ["German"] = "de",
        ["French"] = "fr",
        ["Spanish"] = "es",
        ["Italian"] = "it",
        ["Portuguese"] = "pt",
        ["Polish"] = "pl",
        ["Czech"] = "cs",
        ["Slovak"] = "sk",
        ["Hungarian"] = "hu",
        ["Romanian"] = "ro",
        ["Chinese"] = "zh",
        ["Japanese"] = "ja",
        ["Korean"] = "ko",
        ["Vietnamese"] = "vi",
        ["Hebrew"] = "he",
        ["Mongolian"] = "mn",
        ["Kurdish"] = "ku",
        ["Dutch"] = "nl",
        ["Greek"] = "el",
        ["Finnish"] = "fi",
        ["Swedish"] = "sv",
        ["Norwegian"] = "no",
        ["Danish"] = "da",
        ["Urdu"] = "ur",
        ["Hindi"] = "hi",
    };

    /// <summary>The tag for a language name, or null when the name is not known.</summary>
    public static string? ToTag(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        return Tags.TryGetValue(name.Trim(), out var tag) ? tag : null;
    }

    /// <summary>The English name for the language of a tag ("az-Cyrl" → "Azerbaijani"), or null.</summary>
    public static string? ToName(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var primary = tag.Split('-')[0];
        foreach (var (name, value) in Tags)
        {
            if (string.Equals(value, primary, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }
        return null;
    }
}
