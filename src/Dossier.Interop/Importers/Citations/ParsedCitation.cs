using Dossier.Core.Records;

namespace Dossier.Interop.Importers.Citations;

/// <summary>What a citation says: the source archive that published the document, its archival reference and the people credited.</summary>
public sealed class ParsedCitation
{
    /// <summary>The publishing archive ("Wilson Center Digital Archive"), when the citation names one.</summary>
    public string? Archive { get; set; }

    public ArchivalReference Reference { get; set; } = new();

    public List<Contributor> Contributors { get; set; } = [];
}
