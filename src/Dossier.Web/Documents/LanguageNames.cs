using System.Globalization;

namespace Dossier.Web.Documents;

/// <summary>Names and writing directions of BCP-47 language tags (RFC 5646), for labels and the HTML dir attribute.</summary>
public static class LanguageNames
{
    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug", "syr",
    };

    public static string Of(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag) || string.Equals(tag, "und", StringComparison.OrdinalIgnoreCase))
        {
            return "Unknown language";
        }
        try
        {
            var culture = CultureInfo.GetCultureInfo(tag);
            return string.IsNullOrEmpty(culture.EnglishName) || culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal)
                ? tag
                : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }

    public static string Direction(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return "ltr";
        }
        var parts = tag.Split('-');
        if (parts.Any(p => p.Equals("Arab", StringComparison.OrdinalIgnoreCase) || p.Equals("Hebr", StringComparison.OrdinalIgnoreCase)))
        {
            return "rtl";
        }
        if (parts.Any(p => p.Length == 4 && char.IsLetter(p[0])))
        {
            return "ltr";
        }
        return RightToLeft.Contains(parts[0]) ? "rtl" : "ltr";
    }
}
