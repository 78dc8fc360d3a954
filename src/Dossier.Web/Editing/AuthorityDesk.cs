using System.Globalization;
using Dossier.Core.Audit;
using Dossier.Core.Authorities;
using Dossier.Core.Composition;
using Dossier.Core.Editing;

namespace Dossier.Web.Editing;

/// <summary>
/// The web's door to the <see cref="AuthorityWorkspace"/>: edits, merges and splits an authority for a signed-in
/// editor, records each in the audit log, and empties the page cache (and the merge redirects) before answering.
/// </summary>
public sealed class AuthorityDesk(AuthorityWorkspace workspace, ArchiveCache cache, Archive archive)
{
    public async Task<Authority?> EditAsync(AuthorityEdit edit, string author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var edited = await workspace.EditAsync(edit, cancellationToken).ConfigureAwait(false);
        if (edited is not null)
        {
            await AfterAsync(AuditActions.AuthorityEdited, author, edited.Id,
                $"heading '{edited.PreferredName}', {Count(edited.Variants.Count)} variants", cancellationToken).ConfigureAwait(false);
        }
        return edited;
    }

    public async Task<Authority> MergeAsync(string keepId, string mergeId, string author, CancellationToken cancellationToken = default)
    {
        var merged = await archive.Store.Authorities.FindAsync(mergeId, cancellationToken).ConfigureAwait(false);
        var citing = merged is null ? [] : await archive.Store.Authorities.RecordIdsCitingAsync(mergeId, cancellationToken).ConfigureAwait(false);
        var kept = await workspace.MergeAsync(keepId, mergeId, cancellationToken).ConfigureAwait(false);
        await AfterAsync(AuditActions.AuthoritiesMerged, author, kept.Id,
            $"{mergeId} '{merged?.PreferredName}' merged into {kept.Id} '{kept.PreferredName}'; {Count(citing.Count)} records relinked", cancellationToken).ConfigureAwait(false);
        return kept;
    }

    public async Task<Authority> SplitAsync(
        string authorityId, IReadOnlyCollection<string> variantNames, IReadOnlyCollection<string> recordIds, string author, CancellationToken cancellationToken = default)
    {
        var created = await workspace.SplitAsync(authorityId, variantNames, recordIds, cancellationToken).ConfigureAwait(false);
        await AfterAsync(AuditActions.AuthoritySplit, author, authorityId,
            $"variants {string.Join(", ", variantNames.Select(n => "'" + n + "'"))} split off into {created.Id}; {Count(recordIds.Count)} records moved", cancellationToken).ConfigureAwait(false);
        return created;
    }

    private async Task AfterAsync(string action, string author, string target, string detail, CancellationToken cancellationToken)
    {
        await cache.EvictAsync(cancellationToken).ConfigureAwait(false);
        if (archive.Audit is { } audit)
        {
            await audit.RecordAsync(new AuditEntry { Action = action, Actor = author, Target = target, Detail = detail }, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
