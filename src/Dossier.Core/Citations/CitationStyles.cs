namespace Dossier.Core.Citations;

/// <summary>Names, media types and file extensions of the <see cref="CitationStyle"/>s.</summary>
public static class CitationStyles
{
    /// <summary>The style named <paramref name="name"/> ("chicago", "mla", "apa", "bibtex", "ris", "csl-json"), or null.</summary>
    public static CitationStyle? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "chicago" => CitationStyle.Chicago,
        "mla" => CitationStyle.Mla,
        "apa" => CitationStyle.Apa,
        "bibtex" or "bib" => CitationStyle.Bibtex,
        "ris" => CitationStyle.Ris,
        "csl-json" or "csl" or "json" => CitationStyle.CslJson,
        _ => null,
    };

    public static string NameOf(CitationStyle style) => style switch
    {
        CitationStyle.Chicago => "chicago",
        CitationStyle.Mla => "mla",
        CitationStyle.Apa => "apa",
        CitationStyle.Bibtex => "bibtex",
        CitationStyle.Ris => "ris",
        _ => "csl-json",
    };

    /// <summary>The media type a download of this style is served as.</summary>
    public static string MediaType(CitationStyle style) => style switch
    {
        CitationStyle.Bibtex => "application/x-bibtex; charset=utf-8",
        CitationStyle.Ris => "application/x-research-info-systems; charset=utf-8",
        CitationStyle.CslJson => "application/vnd.citationstyles.csl+json; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    public static string Extension(CitationStyle style) => style switch
    {
        CitationStyle.Bibtex => "bib",
        CitationStyle.Ris => "ris",
        CitationStyle.CslJson => "json",
        _ => "txt",
    };
}
