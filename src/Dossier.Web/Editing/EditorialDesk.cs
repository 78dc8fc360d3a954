using System.Security.Claims;
using Dossier.Core.Editing;

namespace Dossier.Web.Editing;

/// <summary>
/// The web's door to the <see cref="EditorialWorkspace"/>: runs an editorial action for a signed-in person and, when it
/// changed the archive, empties the page cache before answering, so the next request sees the change.
/// </summary>
public sealed class EditorialDesk(EditorialWorkspace workspace, ArchiveCache cache)
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
        if (result.Outcome == EditOutcome.Saved)
        {
            await cache.EvictAsync(cancellationToken).ConfigureAwait(false);
        }
        return result;
    }

    public async Task<bool> PurgeAsync(string id, CancellationToken cancellationToken = default)
    {
        var purged = await workspace.PurgeAsync(id, cancellationToken).ConfigureAwait(false);
        if (purged)
        {
            await cache.EvictAsync(cancellationToken).ConfigureAwait(false);
        }
        return purged;
    }
}
