namespace Dossier.Core.Records;

/// <summary>
/// The repositories whose references Dossier reads: Russian, German, US, UK, Japanese, Indian, Chinese, Polish,
/// Czech and Hungarian archives. ISIL codes (ISO 15511) are given only where they are published.
/// </summary>
public static class ArchivalRepositories
{
    private static readonly string[] FondsFile = ["fonds", "file", "item"];

    public static IReadOnlyList<KnownRepository> All { get; } =
    [
        Known("Russian State Archive of Contemporary History", "RGANI", "RU", null, [], FondsFile),
        Known("Russian State Archive of Socio-Political History", "RGASPI", "RU", null, [], FondsFile),
        Known("State Archive of the Russian Federation", "GARF", "RU", null, [], FondsFile),
        Known("Archive of Foreign Policy of the Russian Federation", "AVPRF", "RU", null, ["AVP RF"], FondsFile),
        Known("Archive of the President of the Russian Federation", "APRF", "RU", null, ["AP RF"], FondsFile),
        Known("Russian State Archive of the Economy", "RGAE", "RU", null, [], FondsFile),
        Known("German Federal Archives", "BArch", "DE", null, ["Bundesarchiv", "German Federal Archives (BArch)"], ["bestand", "akte", "item"]),
        Known("Political Archive of the Federal Foreign Office", "PA AA", "DE", null, ["Politisches Archiv des Auswärtigen Amts"], FondsFile),
        Known("National Archives and Records Administration", "NARA", "US", null,
            ["National Archives", "U.S. National Archives", "US National Archives", "National Archives, College Park"], FondsFile),
        Known("Library of Congress", null, "US", "US-DLC", [], FondsFile),
        Known("Department of State", null, "US", null, ["U.S. Department of State"], FondsFile),
        Known("The National Archives", "TNA", "GB", null, ["The National Archives (UK)", "UK National Archives", "National Archives (UK)", "Public Record Office", "PRO"], ["series", "piece", "item"]),
        Known("Diplomatic Archives of the Ministry of Foreign Affairs of Japan", null, "JP", null, ["Diplomatic Archives of the Japanese Ministry of Foreign Affairs"], FondsFile),
        Known("Nehru Memorial Museum and Library", "NMML", "IN", null, ["Nehru Memorial Museum and Library (NMML)"], FondsFile),
        Known("Archives of the Ministry of Foreign Affairs of the People's Republic of China", "PRC FMA", "CN", null,
            ["PRCFMA", "China Foreign Ministry Archive", "PRC Foreign Ministry Archive", "Chinese Foreign Ministry Archive"], ["record group", "file", "item"]),
        Known("Archiwum Akt Nowych", "AAN", "PL", null, ["Central Archives of Modern Records", "Archive of Modern Records"], FondsFile),
        Known("Národní archiv", "NA", "CZ", null, ["National Archives of the Czech Republic", "National Archive (Prague)", "Národní archiv (Prague)", "SÚA"], FondsFile),
        Known("Hungarian National Archives", "MNL OL", "HU", null, ["MOL", "Magyar Nemzeti Levéltár Országos Levéltára", "Hungarian National Archives (MOL)", "Hungarian National Archives (MNL OL)"], FondsFile),
    ];

    /// <summary>The repository printed as <paramref name="printed"/> ("RGANI", "Nehru Memorial Museum and Library (NMML)"), or null.</summary>
    public static KnownRepository? Find(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var name = printed.Trim();
        return All.FirstOrDefault(r => r.IsNamed(name));
    }

    /// <summary>The known repository whose abbreviation or name starts <paramref name="segment"/> followed by a space, e.g. "PRC FMA 109-01094-01".</summary>
    public static KnownRepository? FindPrefix(string segment, out int length)
    {
        ArgumentNullException.ThrowIfNull(segment);
        foreach (var repository in All)
        {
            foreach (var form in new[] { repository.Record.Abbreviation, repository.Record.Name }.Concat(repository.Forms))
            {
                if (form is { Length: > 0 } && segment.Length > form.Length && segment[form.Length] == ' '
                    && segment.StartsWith(form, StringComparison.Ordinal))
                {
                    length = form.Length;
                    return repository;
                }
            }
        }
        length = 0;
        return null;
    }

    private static KnownRepository Known(string name, string? abbreviation, string country, string? isil, string[] forms, string[] bareLevels) =>
        new(new ArchivalRepository { Name = name, Abbreviation = abbreviation, Country = country, Isil = isil }, forms, bareLevels);
}
