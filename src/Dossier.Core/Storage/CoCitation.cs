namespace Dossier.Core.Storage;

/// <summary>An authority cited by <paramref name="Records"/> of the public records citing another one.</summary>
public sealed record CoCitation(string AuthorityId, int Records);
