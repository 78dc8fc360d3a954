namespace Dossier.Core.Editing;

public enum DiffLineKind
{
    Kept,
    Removed,
    Added,
}
