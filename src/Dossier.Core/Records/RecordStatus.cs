namespace Dossier.Core.Records;

/// <summary>Editorial state. Only published records (and not under embargo) reach public surfaces.</summary>
public enum RecordStatus
{
    Published,
    Draft,
    Withdrawn,

    /// <summary>A draft submitted for an editor's review: still unpublished.</summary>
    InReview,
}
