namespace Dossier.Core.Audit;

/// <summary>
/// The archive's audit log: sign-ins and their failures, permission changes, token creation and revocation, and
/// every publish, unpublish, delete and merge. Whoever performs such an action records it here; nothing is ever
/// changed or removed.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends <paramref name="entry"/> (its <see cref="AuditEntry.At"/> filled from the clock when default) and returns it with its sequence number.</summary>
    Task<AuditEntry> RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Entries matching <paramref name="query"/>, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
