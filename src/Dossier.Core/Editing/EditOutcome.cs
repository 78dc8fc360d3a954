namespace Dossier.Core.Editing;

/// <summary>How an editorial action ended.</summary>
public enum EditOutcome
{
    Saved,

    /// <summary>Nothing changed: no version was written.</summary>
    Unchanged,
    NotFound,

    /// <summary>The record changed since the version the writer started from (or, creating, it already exists).</summary>
    Conflict,

    /// <summary>The record's state does not allow it to this role (a contributor editing a published record).</summary>
    Forbidden,
}
