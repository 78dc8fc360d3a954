namespace Dossier.Core.Importing;

/// <summary>What an import did: counts over all files, the ids written, and each file that failed.</summary>
public sealed class ImportReport
{
    public int Imported { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public List<ImportFailure> Failed { get; } = [];

    public List<string> Ids { get; } = [];

    public int Files { get; set; }

    public long Bytes { get; set; }

    /// <summary>Ids written from Dossier's own JSON Lines, which keep the name links they carry.</summary>
    public List<string> KeptLinks { get; } = [];

    /// <summary>What tidying the authorities after the import did (<see cref="ImportAftercare"/>); null when it did not run.</summary>
    public Authorities.CurationReport? Curation { get; set; }

    /// <summary>Ids of records imported earlier that were linked again to names this import brought (<see cref="ImportAftercare"/>).</summary>
    public List<string> Relinked { get; } = [];
}
