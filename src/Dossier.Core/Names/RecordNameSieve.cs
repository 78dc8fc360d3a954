namespace Dossier.Core.Names;

/// <summary>A record's stored <see cref="NameSieve"/>: empty when its links are not the recogniser's, null when none is kept.</summary>
public readonly record struct RecordNameSieve(string RecordId, byte[]? Sieve);
