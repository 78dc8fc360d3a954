namespace Dossier.Core.Languages;

/// <summary>The ISO 15924 script a BCP-47 tag implies, for the languages the identifier answers.</summary>
public static class LanguageScript
{
    public static string Of(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return tag switch
        {
            _ when tag.EndsWith("-Cyrl", StringComparison.Ordinal) => "Cyrl",
            _ when tag.EndsWith("-Latn", StringComparison.Ordinal) => "Latn",
            "ru" or "uk" or "be" or "bg" or "kk" or "ky" or "tt" or "tg" or "mn" or "mk" => "Cyrl",
            "fa" or "ar" or "ur" => "Arab",
            _ => "Latn",
        };
    }
}
