namespace Dossier.Core.Search;

/// <summary>A stored record the index could not hold: left out of search, reported, and retried when the record changes.</summary>
public sealed record SkippedRecord(string Id, string Reason);
