using System.Diagnostics;
using System.Diagnostics.Metrics;
using Dossier.Core.Importing;

namespace Dossier.Core.Observability;

/// <summary>
/// The archive's metrics as a <see cref="Meter"/> named "Dossier" (System.Diagnostics.Metrics, the .NET API that
/// OpenTelemetry collects): imports by file and record outcome, and searches with their duration. Counts only,
/// never a query or a record id, so nothing about unpublished records can be read from them.
/// </summary>
public static class ArchiveMetrics
{
    public const string MeterName = "Dossier";

    private static readonly Meter Meter = new(MeterName, "1.0");

    private static readonly Counter<long> ImportFiles = Meter.CreateCounter<long>("dossier.import.files", "{file}", "Files an import read, by outcome (imported or failed).");

    private static readonly Counter<long> ImportRecords = Meter.CreateCounter<long>("dossier.import.records", "{record}", "Records an import wrote, by outcome (inserted, updated, unchanged).");

    private static readonly Counter<long> Searches = Meter.CreateCounter<long>("dossier.search.requests", "{search}", "Searches answered, by whether they found anything.");

    private static readonly Histogram<double> SearchDuration = Meter.CreateHistogram<double>("dossier.search.duration", "ms", "Time to answer one search.");

    public static void RecordImport(ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ImportFiles.Add(report.Files, new KeyValuePair<string, object?>("outcome", "imported"));
        ImportFiles.Add(report.Failed.Count, new KeyValuePair<string, object?>("outcome", "failed"));
        ImportRecords.Add(report.Imported, new KeyValuePair<string, object?>("outcome", "inserted"));
        ImportRecords.Add(report.Updated, new KeyValuePair<string, object?>("outcome", "updated"));
        ImportRecords.Add(report.Unchanged, new KeyValuePair<string, object?>("outcome", "unchanged"));
    }

    public static void RecordSearch(TimeSpan elapsed, bool found)
    {
        Searches.Add(1, new KeyValuePair<string, object?>("found", found));
        SearchDuration.Record(elapsed.TotalMilliseconds);
    }

    /// <summary>Starts timing a search; pass the result to <see cref="RecordSearch"/>.</summary>
    public static long Start() => Stopwatch.GetTimestamp();
}
