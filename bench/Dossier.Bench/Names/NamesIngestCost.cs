using System.Diagnostics;
using System.Globalization;
using Dossier.Core.Importing;
using Dossier.Interop.Importers.Tei;
using Dossier.Storage;

namespace Dossier.Bench.Names;

/// <summary>
/// `bench names --ingest`: what recognition adds to an import. The same volumes are imported into fresh SQLite
/// archives with recognition off and on, twice each in alternation, and the best times compared.
/// </summary>
internal static class NamesIngestCost
{
    public static async Task RunAsync(IReadOnlyList<string> volumes)
    {
        var best = new Dictionary<bool, double> { [false] = double.MaxValue, [true] = double.MaxValue };
        var documents = 0;
        foreach (var round in new[] { false, true, false, true })
        {
            var folder = Path.Combine(Path.GetTempPath(), "dossier-bench-names-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(folder);
            try
            {
                var store = StoreFactory.Create(folder);
                await using (store.ConfigureAwait(false))
                {
                    await store.InitializeAsync().ConfigureAwait(false);
                    var service = new ImportService(store, [new TeiReader()]);
                    var clock = Stopwatch.StartNew();
                    var report = await service.ImportAsync(volumes, new ImportOptions { Format = "tei", RecognizeNames = round }).ConfigureAwait(false);
                    best[round] = Math.Min(best[round], clock.Elapsed.TotalSeconds);
                    documents = report.Imported + report.Updated + report.Unchanged;
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest of {documents} documents: {best[false]:0.00} s without recognition, {best[true]:0.00} s with (+{(best[true] / best[false]) - 1:P0})"));
    }
}
