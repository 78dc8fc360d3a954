using Dossier.Core.Collections;

namespace Dossier.Core.Storage;

public interface ICollectionStore
{
    Task UpsertAsync(IReadOnlyList<Collection> collections, CancellationToken cancellationToken = default);

    Task<Collection?> FindAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Collection>> ListAsync(CancellationToken cancellationToken = default);
}
