using System.Diagnostics;
using System.Globalization;
using Dossier.Core.Authorities;
using Dossier.Core.Importing;
using Dossier.Core.Storage;
using Dossier.Interop.Importers.Csv;
using Dossier.Interop.Importers.Tei;

namespace Dossier.Bench.Ingest;

/// <summary>
/// `ingest [--corpus PATH] [--data PATH] [--no-store] [--propose] [--whole]`: imports the 100 FRUS TEI volumes into an empty
/// store with the real import service and prints documents, MB of XML, seconds, documents/s, MB/s and peak memory; with
/// --whole, into an empty archive as `dossier import` does, index and all (<see cref="WholeImportBench"/>).
/// </summary>
public static class IngestBenchmark
{
    public static async Task<int> RunAsync(string[] args, Func<string, IArchiveStore>? openStore, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var corpus = Option(args, "--corpus") ?? FindCorpus();
        var noStore = args.Contains("--no-store", StringComparer.Ordinal) || openStore is null;
        var folder = await IngestCorpus.PrepareAsync(corpus, cancellationToken).ConfigureAwait(false);
        var files = Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var bytes = files.Sum(f => new FileInfo(f).Length);

        var data = Option(args, "--data") ?? Path.Combine(Path.GetTempPath(), "dossier-bench-ingest-" + Guid.NewGuid().ToString("N")[..8]);
        if (Directory.Exists(data) && Directory.EnumerateFileSystemEntries(data).Any())
        {
            Console.Error.WriteLine($"the data folder {data} is not empty");
            return 2;
        }
        Directory.CreateDirectory(data);
        if (args.Contains("--whole", StringComparer.Ordinal))
        {
            return await WholeImportBench.RunAsync(files, bytes, data, cancellationToken).ConfigureAwait(false);
        }
        var discarding = new DiscardingStore();
        var store = noStore ? discarding : openStore!(data);
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var service = new ImportService(store, [new TeiReader(), new CsvReader()]);

        Console.WriteLine(Invariant($"ingest: {files.Count} volumes, {bytes / 1e6:0.0} MB of XML, store: {(noStore ? "none (readers only)" : data)}"));
        var clock = Stopwatch.StartNew();
        var report = await service.ImportAsync(files, new ImportOptions { Format = "tei" }, null, cancellationToken).ConfigureAwait(false);
        clock.Stop();

        var seconds = clock.Elapsed.TotalSeconds;
        var documents = report.Imported + report.Updated + report.Unchanged;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(Invariant($"documents  {documents}"));
        Console.WriteLine(Invariant($"files      {report.Files} imported, {report.Failed.Count} failed"));
        Console.WriteLine(Invariant($"XML        {report.Bytes / 1e6:0.0} MB"));
        Console.WriteLine(Invariant($"seconds    {seconds:0.0}"));
        Console.WriteLine(Invariant($"docs/s     {documents / seconds:0}"));
        Console.WriteLine(Invariant($"MB/s       {report.Bytes / 1e6 / seconds:0.0}"));
        Console.WriteLine(Invariant($"peak mem   {process.PeakWorkingSet64 / 1e6:0} MB"));
        foreach (var failure in report.Failed)
        {
            Console.WriteLine("failed     " + failure);
        }
        if (!noStore && args.Contains("--propose", StringComparer.Ordinal))
        {
            await ProposeAsync(store, cancellationToken).ConfigureAwait(false);
        }
        if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }
        return report.Failed.Count == 0 ? 0 : 1;
    }

    // How many person authorities the matcher would offer for merging after a full ingest, and a sample of them.
    private static async Task ProposeAsync(IArchiveStore store, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var proposals = await new AuthorityService(store).ProposeMergesAsync(int.MaxValue, cancellationToken).ConfigureAwait(false);
        Console.WriteLine(Invariant($"proposals  {proposals.Count} merge proposals in {clock.Elapsed.TotalSeconds:0.0} s"));
        foreach (var p in proposals.Where((_, i) => i % Math.Max(1, proposals.Count / 12) == 0))
        {
            Console.WriteLine(Invariant($"           {p.Confidence:0.00}  {p.KeepName}  <=  {p.MergeName}"));
        }
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "corpora", "frus", "frus-tei-100.tar.xz");
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")) && File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }
        throw new FileNotFoundException("frus-tei-100.tar.xz not found in ../shared/corpora/frus; give --corpus PATH");
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
