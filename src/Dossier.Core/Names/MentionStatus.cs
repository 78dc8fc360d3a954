namespace Dossier.Core.Names;

/// <summary>Whether a recognised name is linked to its authority or waits for an editor.</summary>
public enum MentionStatus
{
    /// <summary>Confident enough: the record cites the authority.</summary>
    Linked,

    /// <summary>Under the threshold: listed for an editor, cites nothing yet.</summary>
    Proposed,
}
