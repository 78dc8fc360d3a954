using System.Collections.Concurrent;
using System.Globalization;

namespace Dossier.Web.Documents;

/// <summary>Names and writing directions of BCP-47 language tags (RFC 5646), for labels and the HTML dir attribute.</summary>
public static class LanguageNames
{
    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug", "syr",
    };

    /// <summary>Names looked up at most: tags come from imported records, so a hostile file could hold any number.</summary>
    private const int KeptNames = 1_024;

    /// <summary>
    /// The names looked up, by tag: a search page names the language of each of its snippets and facet values, and
    /// each lookup took the runtime's lock on its table of cultures (and a tag no culture knows may throw).
    /// </summary>
    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);

    public static string Of(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag) || string.Equals(tag, "und", StringComparison.OrdinalIgnoreCase))
        {
            return "Unknown language";
        }
        if (Names.TryGetValue(tag, out var known))
        {
            return known;
        }
        var name = Lookup(tag);
        if (Names.Count < KeptNames)
        {
            Names.TryAdd(tag, name);
        }
        return name;
    }

    private static string Lookup(string tag)
    {
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
