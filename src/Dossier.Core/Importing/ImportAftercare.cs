using Dossier.Core.Authorities;
using Dossier.Core.Names;
using Dossier.Core.Storage;

namespace Dossier.Core.Importing;

/// <summary>
/// What follows every import, from the command line or an editor's upload alike: the authorities tidied
/// (<see cref="AuthorityCuration"/>: spellings cleaned, duplicates to merge decided), the records that may name people
/// and places new to the gazetteer linked again (<see cref="NameRelinker"/>) against the people as merged, then the
/// merges made. Begin before the import (it notes the names known), finish after it.
/// </summary>
public sealed class ImportAftercare
{
    private readonly IArchiveStore _store;
    private readonly NameSnapshot? _before;

    private ImportAftercare(IArchiveStore store, NameSnapshot? before)
    {
        _store = store;
        _before = before;
    }

    public static async Task<ImportAftercare> BeginAsync(IArchiveStore store, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var before = options.RecognizeNames ? await NameSnapshot.TakeAsync(store.Authorities, cancellationToken).ConfigureAwait(false) : null;
        return new ImportAftercare(store, before);
    }

    /// <summary>Tidies and relinks when the import wrote a file; records <see cref="ImportReport.Curation"/> and <see cref="ImportReport.Relinked"/>.</summary>
    public Task FinishAsync(ImportReport report, CancellationToken cancellationToken = default) => FinishAsync(report, null, cancellationToken);

    /// <summary>As <see cref="FinishAsync(ImportReport, CancellationToken)"/>, telling <paramref name="steps"/> where it stands.</summary>
    public async Task FinishAsync(ImportReport report, IProgress<ImportStep>? steps, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Files == 0)
        {
            return;
        }
        // The merges look only at the people this import brought or gave a new spelling (every one on a first import).
        var scope = _before is null
            ? null
            : (await _before.ChangedSinceAsync(_store.Authorities, cancellationToken).ConfigureAwait(false)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var curation = new AuthorityCuration(_store);
        steps?.Report(ImportStep.Begun(ImportStep.Tidying));
        var (tidied, plan) = await curation.PlanAsync(scope, cancellationToken).ConfigureAwait(false);
        steps?.Report(ImportStep.Over(ImportStep.Tidying));
        if (_before is not null)
        {
            // The records are linked against the people as merged before the merges are made: a record citing a merged
            // person is rewritten once, here, and the merges rewrite only the records left citing one (MergePlan).
            // Records whose links Dossier's own JSON Lines carried keep them, so an export imported again exports the same bytes.
            var relink = await new NameRelinker(_store).RelinkAsync(_before, report.KeptLinks, plan, steps, cancellationToken).ConfigureAwait(false);
            report.Relinked.AddRange(relink.Relinked);
        }
        steps?.Report(ImportStep.Begun(ImportStep.Merging));
        await curation.MergeAsync(plan, cancellationToken).ConfigureAwait(false);
        steps?.Report(ImportStep.Over(ImportStep.Merging));
        report.Curation = tidied;
    }
}
