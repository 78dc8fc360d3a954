using Dossier.Core.Authorities;
using Dossier.Core.Names;
using Dossier.Core.Storage;

namespace Dossier.Core.Importing;

/// <summary>
/// What follows every import, from the command line or an editor's upload alike: the authorities tidied
/// (<see cref="AuthorityCuration"/>), then the records that may name people and places new to the gazetteer linked
/// again (<see cref="NameRelinker"/>); after an archive's first import, whose files are stored unlinked
/// (<see cref="LinksEveryRecord"/>), the records are linked before the tidying as well. Begin before the import (it notes
/// the names known), finish after it.
/// </summary>
public sealed class ImportAftercare
{
    private readonly IArchiveStore _store;
    private readonly NameSnapshot? _before;

    private ImportAftercare(IArchiveStore store, NameSnapshot? before, ImportOptions options)
    {
        _store = store;
        _before = before;
        Options = options;
    }

    /// <summary>
    /// True when the relinking will link every record the import stores, with the whole gazetteer: the import is the
    /// archive's first (no records, no people or places), so every name it brings is new. Its files are then stored
    /// without linking names (<see cref="ImportOptions.LinkNamesAfterwards"/>), which would be done twice: the 100 FRUS
    /// volumes' import took 100.5–103.1 s that way against 117.1–141.3 s.
    /// </summary>
    public bool LinksEveryRecord => Options.LinkNamesAfterwards;

    /// <summary>The options to import with: those given, leaving the names to the relinking when it links every record.</summary>
    public ImportOptions Options { get; }

    /// <summary>
    /// Notes the names known before an import. With <paramref name="mayLinkAfterwards"/> (the caller imports into this
    /// store, and finishes with <see cref="FinishAsync"/>), a first import leaves the linking to the relinking
    /// (<see cref="LinksEveryRecord"/>).
    /// </summary>
    public static async Task<ImportAftercare> BeginAsync(
        IArchiveStore store, ImportOptions options, CancellationToken cancellationToken = default, bool mayLinkAfterwards = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var before = options.RecognizeNames ? await NameSnapshot.TakeAsync(store.Authorities, cancellationToken).ConfigureAwait(false) : null;
        var first = mayLinkAfterwards && before is { Count: 0 } && await store.Records.CountAsync(cancellationToken).ConfigureAwait(false) == 0;
        return new ImportAftercare(store, before, first ? options with { LinkNamesAfterwards = true } : options);
    }

    /// <summary>Tidies and relinks when the import wrote a file; records <see cref="ImportReport.Curation"/> and <see cref="ImportReport.Relinked"/>.</summary>
    public async Task FinishAsync(ImportReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Files == 0)
        {
            return;
        }
        var since = _before;
        if (LinksEveryRecord && since is not null)
        {
            // The files were stored unlinked: link them first, so that the people the linking finds are tidied with the
            // others (given their Cyrillic forms, merged), as when each file was linked as it was stored; then the
            // relinking below links what the tidying added.
            await RelinkAsync(since, report, cancellationToken).ConfigureAwait(false);
            since = await NameSnapshot.TakeAsync(_store.Authorities, cancellationToken).ConfigureAwait(false);
        }
        // The merges look only at the people this import brought or gave a new spelling (every one on a first import).
        var scope = _before is null
            ? null
            : (await _before.ChangedSinceAsync(_store.Authorities, cancellationToken).ConfigureAwait(false)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        report.Curation = await new AuthorityCuration(_store).TidyAsync(scope, cancellationToken).ConfigureAwait(false);
        if (since is not null)
        {
            await RelinkAsync(since, report, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RelinkAsync(NameSnapshot since, ImportReport report, CancellationToken cancellationToken)
    {
        // Records whose links Dossier's own JSON Lines carried keep them, so an export imported again exports the same bytes.
        var relink = await new NameRelinker(_store).RelinkAsync(since, report.KeptLinks, cancellationToken).ConfigureAwait(false);
        report.Relinked.AddRange(relink.Relinked.Except(report.Relinked, StringComparer.Ordinal).ToList());
    }
}
