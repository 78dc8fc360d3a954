namespace Dossier.Core.Storage;

/// <summary>The whole store: records, authorities, collections, and transactions that span them.</summary>
public interface IArchiveStore
{
    IRecordStore Records { get; }

    IAuthorityStore Authorities { get; }

    ICollectionStore Collections { get; }

    /// <summary>Creates or migrates the schema.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Opens a write transaction: what is written through it becomes visible at <see cref="IImportTransaction.CommitAsync"/>, all at once, or never.</summary>
    Task<IImportTransaction> BeginImportAsync(CancellationToken cancellationToken = default);
}
