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
}
