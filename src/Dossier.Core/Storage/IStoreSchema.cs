namespace Dossier.Core.Storage;

/// <summary>The state of a database store's schema, for readiness checks and `dossier db migrate`.</summary>
public interface IStoreSchema
{
    /// <summary>Migrations the database has not applied yet (empty when the schema is current).</summary>
    Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken = default);
}
