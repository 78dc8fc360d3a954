namespace Dossier.Core.Storage;

public enum RecordChangeKind
{
    Upserted,
    Deleted,

    /// <summary>
    /// A transaction wrote authorities (an editor's edit, a tidy, an import's people): no record, but what the archive's
    /// followers derive from the authorities (the names search widens queries with and labels facets by, the pages
    /// cached) is out of date on every node. Its <see cref="RecordChange.RecordId"/> is empty.
    /// </summary>
    AuthoritiesChanged,
}
