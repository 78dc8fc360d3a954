using Dossier.Core.Composition;
using Dossier.Core.Records;

namespace Dossier.Core.Editing;

/// <summary>
/// The editorial workflow on an archive: drafts are created and saved, submitted for review, published (maybe under an
/// embargo), unpublished, restored from any version and deleted. Every step is one versioned write through the
/// archive's one write path (<see cref="Archive.WriteAsync{T}"/>), so store, version history and index stay together.
/// </summary>
/// <remarks>
/// Who may do what is decided by the caller's role; this class only knows "may edit any record" (editor and above)
/// versus "may edit drafts" (contributor), because that depends on the record's state, which only the store knows.
/// </remarks>
public sealed class EditorialWorkspace(Archive archive)
{
    /// <summary>The source archive of records created in the workspace without a source identity of their own.</summary>
    public const string WorkspaceArchive = "Dossier workspace";

    public IRecordVersions Versions { get; } = (archive ?? throw new ArgumentNullException(nameof(archive))).Store is IVersionedStore versioned
        ? versioned.Versions
        : throw new InvalidOperationException("this archive's store keeps no version history");

    public Archive Archive => archive;

    /// <summary>Creates a draft; a record whose source identity is already stored is a conflict, never a replacement.</summary>
    public Task<VersionedWrite> CreateAsync(ArchiveRecord record, string author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (string.IsNullOrWhiteSpace(record.Source.RecordId))
        {
            record.Source = new SourceIdentifier { Archive = WorkspaceArchive, RecordId = Guid.NewGuid().ToString("N") };
        }
        else if (string.IsNullOrWhiteSpace(record.Source.Archive))
        {
            record.Source.Archive = WorkspaceArchive;
        }
        record.Id = RecordId.For(record.Source);
        record.Status = RecordStatus.Draft;
        return WriteAsync(new VersionedEdit(record, null, author, EditAction.Created, MustBeNew: true), cancellationToken);
    }

    /// <summary>
    /// Saves <paramref name="edited"/> over the stored record if <paramref name="expectedVersion"/> is still current.
    /// Identity and publication state are the stored record's (they change only by the workflow's own steps);
    /// the embargo date is taken from <paramref name="edited"/> only when <paramref name="mayEditAny"/>.
    /// </summary>
    public async Task<VersionedWrite> SaveAsync(ArchiveRecord edited, int? expectedVersion, string author, bool mayEditAny, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edited);
        var current = await Versions.CurrentAsync(edited.Id, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return new VersionedWrite(EditOutcome.NotFound, null);
        }
        var stored = current.ToRecord();
        if (!mayEditAny && !IsDraft(stored.Status))
        {
            return new VersionedWrite(EditOutcome.Forbidden, current);
        }
        edited.Id = stored.Id;
        edited.Source = stored.Source;
        edited.Status = stored.Status;
        if (!mayEditAny)
        {
            edited.EmbargoUntil = stored.EmbargoUntil;
        }
        return await WriteAsync(new VersionedEdit(edited, expectedVersion ?? current.Number, author, EditAction.Saved), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Draft → in review. A contributor may submit a draft; an editor any unpublished record.</summary>
    public Task<VersionedWrite> SubmitAsync(string id, int? expectedVersion, string author, CancellationToken cancellationToken = default) =>
        ChangeStateAsync(id, expectedVersion, author, EditAction.Submitted, r => IsDraft(r.Status) ? RecordStatus.InReview : null, null, cancellationToken);

    /// <summary>Any state → published; with <paramref name="embargoUntil"/>, published but hidden until then.</summary>
    public Task<VersionedWrite> PublishAsync(string id, int? expectedVersion, string author, DateTimeOffset? embargoUntil = null, CancellationToken cancellationToken = default) =>
        ChangeStateAsync(id, expectedVersion, author, EditAction.Published, _ => RecordStatus.Published, r => r.EmbargoUntil = embargoUntil?.ToUniversalTime(), cancellationToken);

    /// <summary>Published → withdrawn: gone from every public surface, and a deletion for harvesters.</summary>
    public Task<VersionedWrite> UnpublishAsync(string id, int? expectedVersion, string author, CancellationToken cancellationToken = default) =>
        ChangeStateAsync(id, expectedVersion, author, EditAction.Unpublished, _ => RecordStatus.Withdrawn, null, cancellationToken);

    /// <summary>Soft delete: withdrawn, with the deletion in its history (OAI-PMH shows a tombstone).</summary>
    public Task<VersionedWrite> SoftDeleteAsync(string id, string author, CancellationToken cancellationToken = default) =>
        ChangeStateAsync(id, null, author, EditAction.Deleted, _ => RecordStatus.Withdrawn, null, cancellationToken);

    /// <summary>Hard delete (an admin's): the record and its history leave the store; the change sequence keeps the deletion.</summary>
    public Task<bool> PurgeAsync(string id, CancellationToken cancellationToken = default) =>
        archive.WriteAsync((_, token) => Versions.PurgeAsync(id, token), cancellationToken);

    /// <summary>Makes version <paramref name="number"/>'s content current again as a new version; the publication state stays as it is.</summary>
    public async Task<VersionedWrite> RestoreAsync(string id, int number, int? expectedVersion, string author, CancellationToken cancellationToken = default)
    {
        var current = await Versions.CurrentAsync(id, cancellationToken).ConfigureAwait(false);
        var old = current is null ? null : await Versions.GetAsync(current.RecordId, number, cancellationToken).ConfigureAwait(false);
        if (current is null || old is null)
        {
            return new VersionedWrite(EditOutcome.NotFound, current);
        }
        var stored = current.ToRecord();
        var restored = old.ToRecord();
        restored.Id = stored.Id;
        restored.Source = stored.Source;
        restored.Status = stored.Status;
        restored.EmbargoUntil = stored.EmbargoUntil;
        return await WriteAsync(new VersionedEdit(restored, expectedVersion ?? current.Number, author, EditAction.Restored), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True for the states a contributor may still change.</summary>
    public static bool IsDraft(RecordStatus status) => status is RecordStatus.Draft or RecordStatus.InReview;

    private async Task<VersionedWrite> ChangeStateAsync(
        string id, int? expectedVersion, string author, EditAction action, Func<ArchiveRecord, RecordStatus?> next, Action<ArchiveRecord>? alter, CancellationToken cancellationToken)
    {
        var current = await Versions.CurrentAsync(id, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return new VersionedWrite(EditOutcome.NotFound, null);
        }
        var record = current.ToRecord();
        if (next(record) is not { } status)
        {
            return new VersionedWrite(EditOutcome.Forbidden, current);
        }
        record.Status = status;
        alter?.Invoke(record);
        return await WriteAsync(new VersionedEdit(record, expectedVersion ?? current.Number, author, action), cancellationToken).ConfigureAwait(false);
    }

    private Task<VersionedWrite> WriteAsync(VersionedEdit edit, CancellationToken cancellationToken) =>
        archive.WriteAsync((_, token) => Versions.WriteAsync(edit, token), cancellationToken);
}
