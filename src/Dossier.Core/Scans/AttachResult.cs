namespace Dossier.Core.Scans;

/// <summary>What an attach did: pages added to the record, files that were already there.</summary>
public sealed record AttachResult(string RecordId, IReadOnlyList<ScanPage> Added, IReadOnlyList<string> AlreadyAttached);
