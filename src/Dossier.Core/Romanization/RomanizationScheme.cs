namespace Dossier.Core.Romanization;

/// <summary>The romanization standards <see cref="Romanizer"/> implements.</summary>
public enum RomanizationScheme
{
    /// <summary>BGN/PCGN 1947 system for Russian, with its context rules (е/ё → ye/yë, the "·" separator).</summary>
    BgnPcgn,

    /// <summary>ISO 9:1995 (= GOST 7.79-2000 System A) for Russian: one Latin letter per Cyrillic letter, with diacritics.</summary>
    Iso9,

    /// <summary>ALA-LC (Library of Congress) for Russian, with diacritics and tie bars (ĭ, ė, t͡s, i͡u, i͡a).</summary>
    AlaLc,

    /// <summary>ALA-LC for Russian without diacritics or ties, as commonly used in catalogues' ASCII fields.</summary>
    AlaLcSimplified,

    /// <summary>The official 1991 Azerbaijani Latin alphabet, applied to Azerbaijani Cyrillic (1958 alphabet, also 1939 й/ю/я).</summary>
    Azerbaijani,
}
