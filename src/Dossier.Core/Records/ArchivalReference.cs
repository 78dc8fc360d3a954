namespace Dossier.Core.Records;

/// <summary>
/// The archival reference of a document: the repository holding the original and the ordered levels of its
/// hierarchy (ISAD(G) levels of description), with pages or sheets and a microfilm reel. The Russian
/// fond / opis / delo form (f. 5, op. 28, d. 347) is one case; <see cref="Fond"/>, <see cref="Opis"/> and
/// <see cref="Delo"/> are views of its levels, kept so records stored before levels existed still load.
/// </summary>
public sealed class ArchivalReference
{
    /// <summary>The repository as the reference prints it, e.g. "RGANI", "BArch" or "National Archives".</summary>
    public string? Repository { get; set; }

    /// <summary>The repository's authority record, when the parser knows it.</summary>
    public ArchivalRepository? RepositoryRecord { get; set; }

    /// <summary>The levels of the repository's hierarchy, from the top down.</summary>
    public List<ReferenceLevel> Levels { get; set; } = [];

    /// <summary>Fond, the top level of a Russian reference ("5"); a view of <see cref="Levels"/>.</summary>
    public string? Fond
    {
        get => ArchivalReferenceLevels.Get(this, "fond");
        set => ArchivalReferenceLevels.Set(this, ReferenceLevelKind.Fonds, "fond", "f.", value);
    }

    /// <summary>Opis (inventory), e.g. "28"; a view of <see cref="Levels"/>.</summary>
    public string? Opis
    {
        get => ArchivalReferenceLevels.Get(this, "opis");
        set => ArchivalReferenceLevels.Set(this, ReferenceLevelKind.Series, "opis", "op.", value);
    }

    /// <summary>Delo (file), e.g. "347"; a view of <see cref="Levels"/>.</summary>
    public string? Delo
    {
        get => ArchivalReferenceLevels.Get(this, "delo");
        set => ArchivalReferenceLevels.Set(this, ReferenceLevelKind.File, "delo", "d.", value);
    }

    /// <summary>Pages or sheets, e.g. "118-121".</summary>
    public string? Sheets { get; set; }

    /// <summary>The label printed before <see cref="Sheets"/> ("ll.", "l.", "pp.", "k."); null when the range stands alone.</summary>
    public string? SheetsLabel { get; set; }

    /// <summary>True when the original was consulted on microfilm.</summary>
    public bool Microfilm { get; set; }

    /// <summary>Microfilm reel, e.g. "83".</summary>
    public string? Reel { get; set; }

    /// <summary>The series or record-group text, e.g. "Department for Relations with … , 1953-1957".</summary>
    public string? Series { get; set; }

    /// <summary>The reference as printed, kept beside the parsed form (the whole FRUS source note, or "BArch, B 136/59748, 376-385").</summary>
    public string? Text { get; set; }
}
