using System.Diagnostics;
using System.Globalization;
using Dossier.Bench.Ingest;
using Dossier.Core.Composition;
using Dossier.Core.Importing;
using Dossier.Hosting;

namespace Dossier.Bench.Search;

/// <summary>
/// The archive under test, opened as the host opens it (ArchiveFactory). An empty data folder gets the 100 FRUS
/// volumes imported and indexed, timed: store import, index catch-up, peak memory. It leaves out what `dossier import`
/// does between the two (people merged, records relinked to the names later volumes bring: `ingest --whole` times it), so
/// the records keep the links their own volume gave them and the quality figures stay comparable from one stop to the
/// next. A folder that already holds records is reused as it is (the factory brings its index up to the store on open).
/// </summary>
internal static class BenchArchive
{
    public static async Task<(Archive Archive, IngestFigures? Figures)> OpenAsync(string data, string corpus, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(data);
        var clock = Stopwatch.StartNew();
        var archive = await ArchiveFactory.OpenAsync(data, cancellationToken).ConfigureAwait(false);
        if (archive.Index is null)
        {
            await archive.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException(archive.IndexUnavailableReason ?? "no search index");
        }
        var count = await archive.Store.Records.CountAsync(cancellationToken).ConfigureAwait(false);
        if (count > 0)
        {
            var last = await archive.Store.Records.LastSequenceAsync(cancellationToken).ConfigureAwait(false);
            Console.WriteLine(Invariant($"reusing the archive in {data}: {count} records, index at change {archive.Index.AppliedSequence} of {last} (opened and caught up in {clock.Elapsed.TotalSeconds:0.0} s)"));
            return (archive, null);
        }

        var folder = await IngestCorpus.PrepareAsync(corpus, cancellationToken).ConfigureAwait(false);
        var files = Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Console.WriteLine(Invariant($"importing {files.Count} volumes into {data} (store, then index; `dossier import` also relinks names between the two: see `ingest --whole`)"));
        clock.Restart();
        var report = await archive.Import.ImportAsync(files, new ImportOptions { Format = "tei" }, null, cancellationToken).ConfigureAwait(false);
        var import = clock.Elapsed.TotalSeconds;
        clock.Restart();
        await archive.Index.CatchUpAsync(null, cancellationToken).ConfigureAwait(false);
        var index = clock.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        var figures = new IngestFigures(report.Imported + report.Updated + report.Unchanged, report.Failed.Count, report.Bytes, import, index, process.PeakWorkingSet64, FolderBytes.Of(Path.Combine(data, "index")));
        return (archive, figures);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Ingest with indexing: documents, failed files, XML bytes, seconds for the store import and the index catch-up, peak working set, index size.</summary>
internal sealed record IngestFigures(int Documents, int FailedFiles, long XmlBytes, double ImportSeconds, double IndexSeconds, long PeakBytes, long IndexBytes)
{
    public double TotalSeconds => ImportSeconds + IndexSeconds;
}
