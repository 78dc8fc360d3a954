using System.Globalization;
using System.Security.Claims;
using Dossier.Core.Audit;
using Dossier.Core.Composition;
using Dossier.Core.Editing;

namespace Dossier.Web.Editing;

/// <summary>
/// The web's door to the <see cref="EditorialWorkspace"/>: runs an editorial action for a signed-in person and, when it
/// changed the archive, records it in the audit log and empties the page cache before answering, so the next request
/// sees the change.
/// </summary>
public sealed class EditorialDesk(EditorialWorkspace workspace, ArchiveCache cache, Archive archive)
{
    public EditorialWorkspace Workspace => workspace;

    public IRecordVersions Versions => workspace.Versions;

    /// <summary>The name a version records for <paramref name="user"/>.</summary>
    public static string AuthorOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name ?? "";
    }

    public async Task<VersionedWrite> RunAsync(Func<EditorialWorkspace, Task<VersionedWrite>> action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        var result = await action(workspace).ConfigureAwait(false);
        if (result is { Outcome: EditOutcome.Saved, Current: { } version })
        {
            await cache.EvictAsync(cancellationToken).ConfigureAwait(false);
            await AuditAsync(AuditAction(version.Action), version.Author, version.RecordId,
                "version " + version.Number.ToString(CultureInfo.InvariantCulture) + ", " + version.Status.ToString().ToLowerInvariant(), cancellationToken).ConfigureAwait(false);
        }
        return result;
    }

    public async Task<bool> PurgeAsync(string id, string author, CancellationToken cancellationToken = default)
    {
        var purged = await workspace.PurgeAsync(id, cancellationToken).ConfigureAwait(false);
        if (purged)
        {
            await cache.EvictAsync(cancellationToken).ConfigureAwait(false);
            await AuditAsync(AuditActions.RecordPurged, author, id, "deleted for good with its history", cancellationToken).ConfigureAwait(false);
        }
        return purged;
    }

    /// <summary>An upload's import, once, with what it wrote.</summary>
    public Task AuditImportAsync(string author, string detail, CancellationToken cancellationToken = default) =>
        AuditAsync(AuditActions.RecordsImported, author, null, detail, cancellationToken);

    private async Task AuditAsync(string action, string author, string? target, string detail, CancellationToken cancellationToken)
    {
        if (archive.Audit is { } audit)
        {
            await audit.RecordAsync(new AuditEntry { Action = action, Actor = author, Target = target, Detail = detail }, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string AuditAction(EditAction action) => action switch
    {
        EditAction.Created => AuditActions.RecordCreated,
        EditAction.Submitted => AuditActions.RecordSubmitted,
        EditAction.Published => AuditActions.RecordPublished,
        EditAction.Unpublished => AuditActions.RecordUnpublished,
        EditAction.Restored => AuditActions.RecordRestored,
        EditAction.Deleted => AuditActions.RecordDeleted,
        _ => AuditActions.RecordSaved,
    };
}
