using Dossier.Core.Storage;

namespace Dossier.Core.Editing;

/// <summary>
/// A store seen through an editor's upload: every record an import brings that the archive does not hold yet is
/// written as a draft, and a record it holds keeps its publication state, so an upload never publishes anything
/// and never hides a published record. Everything else passes through unchanged.
/// </summary>
public sealed class DraftingStore(IArchiveStore store) : IArchiveStore
{
    public IRecordStore Records => store.Records;

    public IAuthorityStore Authorities => store.Authorities;

    public ICollectionStore Collections => store.Collections;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => store.InitializeAsync(cancellationToken);

    public async Task<IImportTransaction> BeginImportAsync(CancellationToken cancellationToken = default) =>
        new DraftingTransaction(await store.BeginImportAsync(cancellationToken).ConfigureAwait(false), store.Records);
}
