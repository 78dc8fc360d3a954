using Dossier.Core.Storage;

namespace Dossier.Storage.Tests;

/// <summary>A database for one test: a fresh, empty store, and the same store opened again as a new process would.</summary>
public interface IStoreProvider : IAsyncDisposable
{
    Task<IArchiveStore> OpenAsync(TimeProvider clock);

    /// <summary>Opens the same database again through a new store object.</summary>
    Task<IArchiveStore> ReopenAsync(TimeProvider clock);
}
