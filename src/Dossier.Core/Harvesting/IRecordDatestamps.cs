namespace Dossier.Core.Harvesting;

/// <summary>
/// What a harvesting protocol (OAI-PMH) needs from the store: every record's datestamp and visibility, and
/// the records deleted from it, read from columns and the change sequence, never from the documents.
/// </summary>
public interface IRecordDatestamps
{
    /// <summary>Stored records and records deleted since (the last change of their id is a deletion), in ordinal id order.</summary>
    Task<IReadOnlyList<RecordDatestamp>> DatestampsAsync(CancellationToken cancellationToken = default);
}
