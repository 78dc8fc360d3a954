using Dossier.Core.Collections;
using Dossier.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Collections;

internal sealed class CollectionStore(ArchiveStore store) : ICollectionStore
{
    public Task UpsertAsync(IReadOnlyList<Collection> collections, CancellationToken cancellationToken = default) =>
        store.WriteAsync(async t =>
        {
            await t.UpsertCollectionsAsync(collections, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public async Task<Collection?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var document = await store.CollectionDocumentAsync(id, cancellationToken).ConfigureAwait(false);
        return document is null ? null : CollectionBatchWriter.Deserialize(document);
    }

    public async Task<IReadOnlyList<Collection>> ListAsync(CancellationToken cancellationToken = default)
    {
        var db = store.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var documents = await db.Collections.OrderBy(c => c.Id).Select(c => c.Document)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return documents.Select(CollectionBatchWriter.Deserialize).ToList();
        }
    }
}
