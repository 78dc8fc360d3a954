namespace Dossier.Core.Storage;

public enum RecordChangeKind
{
    Upserted,
    Deleted,
}
