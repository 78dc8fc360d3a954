namespace Dossier.Bench.Web;

/// <summary>What one wrk run measured.</summary>
internal sealed record WrkResult(string Name, double RequestsPerSecond, double P50Ms, double P99Ms, long Errors);
