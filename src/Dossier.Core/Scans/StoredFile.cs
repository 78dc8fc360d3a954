namespace Dossier.Core.Scans;

/// <summary>A file taken into the scan library: its own hash and the page images it gave (one, or one per PDF page).</summary>
public sealed record StoredFile(string File, string Sha256, string MediaType, IReadOnlyList<ScanPage> Pages);
