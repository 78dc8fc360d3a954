namespace Dossier.Core.Editing;

/// <summary>What a version of a record records: how it came to be.</summary>
public enum EditAction
{
    /// <summary>The record as an import (or any write outside the workspace) left it, kept before the first edit after it.</summary>
    Imported,
    Created,
    Saved,
    Submitted,
    Published,
    Unpublished,
    Restored,

    /// <summary>A soft delete: the record is withdrawn and harvesters see it as deleted.</summary>
    Deleted,
}
