namespace Dossier.Search.Analysis;

/// <summary>The languages the analysis chains treat specially, from a BCP-47 tag's primary subtag.</summary>
internal enum AnalysisLanguage
{
    Other,
    English,
    Russian,
    Azerbaijani,
    Turkish,
}

internal static class AnalysisLanguages
{
    public static AnalysisLanguage Of(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return AnalysisLanguage.Other;
        }

        var dash = tag.IndexOfAny(['-', '_']);
        var primary = (dash < 0 ? tag : tag[..dash]).Trim().ToLowerInvariant();
        return primary switch
        {
            "en" or "eng" => AnalysisLanguage.English,
            "ru" or "rus" => AnalysisLanguage.Russian,
            "az" or "aze" or "azb" or "azj" => AnalysisLanguage.Azerbaijani,
            "tr" or "tur" => AnalysisLanguage.Turkish,
            _ => AnalysisLanguage.Other,
        };
    }

    public static bool IsTurkic(this AnalysisLanguage language) =>
        language is AnalysisLanguage.Azerbaijani or AnalysisLanguage.Turkish;

    /// <summary>The tag passed on to <see cref="Core.Romanization.Romanizer.FoldedLatin(string, string?)"/>.</summary>
    public static string? Tag(this AnalysisLanguage language) => language switch
    {
        AnalysisLanguage.English => "en",
        AnalysisLanguage.Russian => "ru",
        AnalysisLanguage.Azerbaijani => "az",
        AnalysisLanguage.Turkish => "tr",
        _ => null,
    };

    public static string StemFieldSuffix(this AnalysisLanguage language) => language switch
    {
        AnalysisLanguage.English => "en",
        AnalysisLanguage.Russian => "ru",
        AnalysisLanguage.Azerbaijani => "az",
        _ => "other",
    };
}
