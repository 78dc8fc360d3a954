namespace Dossier.Core.Editing;

/// <summary>
/// The version history of records. A record stored by something other than a versioned write (an import) counts
/// as one more version, <see cref="EditAction.Imported"/>, which the next versioned write keeps before its own.
/// </summary>
public interface IRecordVersions
{
    /// <summary>
    /// In one transaction: checks the expected version, writes the record to the store (and its change sequence) and
    /// appends the version. A conflict writes nothing.
    /// </summary>
    Task<VersionedWrite> WriteAsync(VersionedEdit edit, CancellationToken cancellationToken = default);

    /// <summary>The record's current version (stored or, when the store moved on without one, the imported state); null when there is no record.</summary>
    Task<RecordVersion?> CurrentAsync(string recordId, CancellationToken cancellationToken = default);

    /// <summary>Every version, oldest first, the current one included.</summary>
    Task<IReadOnlyList<RecordVersion>> ListAsync(string recordId, CancellationToken cancellationToken = default);

    Task<RecordVersion?> GetAsync(string recordId, int number, CancellationToken cancellationToken = default);

    /// <summary>
    /// The records among <paramref name="recordIds"/> that an editor wrote a version of (any action but
    /// <see cref="EditAction.Imported"/>), in one query: what a batch of records needs to know before a machine rewrites them.
    /// </summary>
    Task<IReadOnlySet<string>> EditedAsync(IReadOnlyCollection<string> recordIds, CancellationToken cancellationToken = default);

    /// <summary>In one transaction, deletes the record (its deletion joins the change sequence) and its history; true when it existed.</summary>
    Task<bool> PurgeAsync(string recordId, CancellationToken cancellationToken = default);
}
