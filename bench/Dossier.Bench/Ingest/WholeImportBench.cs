using System.Diagnostics;
using System.Globalization;
using Dossier.Core.Importing;
using Dossier.Hosting;

namespace Dossier.Bench.Ingest;

/// <summary>
/// `ingest --whole [--corpus PATH] [--data PATH]`: the 100 FRUS volumes into an empty data folder the way `dossier import`
/// takes them (<see cref="Core.Composition.Archive.ImportAsync(IEnumerable{string}, ImportOptions, IProgress{ImportProgress}?, CancellationToken)"/>):
/// the store import, then what follows every import (people merged with their strong duplicates, earlier records linked
/// again to the names the import brought), then the index. The store-only figure (`ingest`) and the search bench's
/// import (store, then index catch-up) leave the middle step out; on a first import of many files it relinks nearly
/// every record.
/// </summary>
internal static class WholeImportBench
{
    public static async Task<int> RunAsync(IReadOnlyList<string> files, long bytes, string data, CancellationToken cancellationToken)
    {
        Console.WriteLine(Invariant($"ingest --whole: {files.Count} volumes, {bytes / 1e6:0.0} MB of XML, as `dossier import` into {data}"));
        using var resident = new ResidentPeaks();
        var clock = Stopwatch.StartNew();
        var archive = await ArchiveFactory.OpenAsync(data, cancellationToken).ConfigureAwait(false);
        var opened = clock.Elapsed;
        var stored = new LastFileStored(clock);
        ImportReport report;
        try
        {
            report = await archive.ImportAsync(files, new ImportOptions { Format = "tei" }, stored, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Closed before the folder is measured: the store's write-ahead log is folded into the database on close.
            await archive.DisposeAsync().ConfigureAwait(false);
        }
        var total = clock.Elapsed;
        using var process = Process.GetCurrentProcess();
        var documents = report.Imported + report.Updated + report.Unchanged;
        Console.WriteLine(Invariant($"documents  {documents} ({report.Failed.Count} files failed)"));
        Console.WriteLine(Invariant($"open       {opened.TotalSeconds:0.0} s"));
        Console.WriteLine(Invariant($"store      {(stored.At - opened).TotalSeconds:0.0} s (to the last file committed)"));
        Console.WriteLine(Invariant($"aftercare  {report.Curation?.Merged.Count ?? 0} people merged, {report.Relinked.Count} records relinked; with the index {(total - stored.At).TotalSeconds:0.0} s"));
        Console.WriteLine(Invariant($"  steps    {string.Join(", ", stored.Steps(total).Select(s => $"{s.Name} {s.Seconds:0.0} s"))}"));
        Console.WriteLine(Invariant($"total      {total.TotalSeconds:0.0} s, the archive closed ({documents / total.TotalSeconds:0} docs/s)"));
        Console.WriteLine(Invariant($"peak mem   {process.PeakWorkingSet64 / 1e6:0} MB resident ({resident.Describe()})"));
        Console.WriteLine(Invariant($"data       {FolderBytes.Of(data) / 1e6:0.0} MB (index {FolderBytes.Of(Path.Combine(data, "index")) / 1e6:0.0} MB)"));
        return report.Failed.Count == 0 ? 0 : 1;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Notes when the last file to be committed was (the import reports each commit as it ends, in file order), and when
    /// each step after the files was first reported: a step lasts until the next one begins, the last one until the end.
    /// </summary>
    private sealed class LastFileStored(Stopwatch clock) : IProgress<ImportProgress>, IProgress<ImportStep>
    {
        private readonly Lock _lock = new();
        private readonly List<(string Name, TimeSpan Begun)> _steps = [];

        public TimeSpan At { get; private set; }

        public IEnumerable<(string Name, double Seconds)> Steps(TimeSpan end) =>
            _steps.Select((s, i) => (s.Name, ((i + 1 < _steps.Count ? _steps[i + 1].Begun : end) - s.Begun).TotalSeconds));

        public void Report(ImportProgress value)
        {
            if (value.Stored)
            {
                At = clock.Elapsed;
            }
        }

        public void Report(ImportStep value)
        {
            lock (_lock)
            {
                if (!_steps.Exists(s => string.Equals(s.Name, value.Name, StringComparison.Ordinal)))
                {
                    _steps.Add((value.Name, clock.Elapsed));
                }
            }
        }
    }
}
