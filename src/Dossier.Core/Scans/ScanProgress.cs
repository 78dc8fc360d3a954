namespace Dossier.Core.Scans;

/// <summary>How far a scan job has got: <paramref name="Done"/> of <paramref name="Total"/> steps, the current one named.</summary>
public sealed record ScanProgress(string Step, int Done, int Total);
