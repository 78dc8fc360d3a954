namespace Dossier.Core.Citations;

/// <summary>The forms a document can be cited in.</summary>
public enum CitationStyle
{
    /// <summary>Chicago Manual of Style, notes and bibliography (the full note).</summary>
    Chicago,

    /// <summary>MLA Handbook, 9th edition.</summary>
    Mla,

    /// <summary>APA Publication Manual, 7th edition.</summary>
    Apa,

    /// <summary>BibTeX (biblatex field names where BibTeX has none).</summary>
    Bibtex,

    /// <summary>RIS, the Research Information Systems tagged format.</summary>
    Ris,

    /// <summary>CSL-JSON, the Citation Style Language's item format.</summary>
    CslJson,
}
