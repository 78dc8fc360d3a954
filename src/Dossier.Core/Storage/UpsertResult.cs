namespace Dossier.Core.Storage;

/// <summary>What one transactional write did, record by record.</summary>
public sealed record UpsertResult(int Inserted, int Updated, int Unchanged, IReadOnlyList<string> Ids);
