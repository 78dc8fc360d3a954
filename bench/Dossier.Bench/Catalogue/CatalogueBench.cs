using System.Diagnostics;
using System.Globalization;
using Dossier.Core.Composition;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Storage;
using Dossier.Web.Catalogue;

namespace Dossier.Bench.Catalogue;

/// <summary>
/// What the home page, the timeline and the archival tree cost on a large archive: the summary queries
/// (<see cref="CatalogueService"/>) beside what the catalogue did before them, every record read once and an entry
/// per record kept (<see cref="IRecordStore.StreamCatalogueAsync"/> into memory). Synthetic records are written
/// straight to a SQLite store (no index) the first time a data folder is used.
/// </summary>
internal static class CatalogueBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var records = int.Parse(Option(args, "--records") ?? "100000", CultureInfo.InvariantCulture);
        var folder = Option(args, "--data") ?? Path.Combine(Path.GetTempPath(), "dossier-catalogue-bench");
        Directory.CreateDirectory(folder);
        var store = await StoreFactory.OpenAsync(folder);
        var stored = await store.Records.CountAsync();
        if (stored < records)
        {
            var writing = Stopwatch.StartNew();
            for (var start = stored; start < records; start += 2000)
            {
                await store.Records.UpsertAsync([.. Enumerable.Range(start, Math.Min(2000, records - start)).Select(Synthetic)]);
            }
            Console.WriteLine($"wrote {records - stored:N0} synthetic records in {writing.Elapsed.TotalSeconds:0.0} s");
        }
        var archive = new Archive(folder, store, store, null, [], [], TimeProvider.System);

        var after = await MeasureAsync("summaries (home counts + timeline year + tree)", async () =>
        {
            using var catalogue = new CatalogueService(archive);
            var snapshot = await catalogue.GetAsync();
            var year = await catalogue.ListAsync(new CatalogueFilter { Year = 1956 }, 0, 1000);
            // The tree's largest shelf, as its page lists it: the shelves one level down, then its first documents.
            var largest = snapshot.Tree.Root.Children.MaxBy(c => c.Count);
            var shelf = largest is null ? null : ArchiveShelf.Find(snapshot.Tree, [largest.Name]);
            var filed = shelf?.Place is { } place ? await catalogue.ListAsync(new CatalogueFilter { Shelf = place }, 0, 100) : [];
            return (snapshot, year, shelf, filed);
        });
        var before = await MeasureAsync("every record read once, an entry per record kept (before)", async () =>
        {
            var entries = new List<ArchiveRecord>();
            await foreach (var record in store.Records.StreamCatalogueAsync())
            {
                entries.Add(record);
            }
            return entries;
        });
        Console.WriteLine($"records {await store.Records.CountAsync():N0}; after/before time {after.Seconds / before.Seconds:0.000}, retained {after.Retained / 1e6:0.0} MB vs {before.Retained / 1e6:0.0} MB");
        await store.DisposeAsync();
        return 0;
    }

    private static async Task<(double Seconds, long Retained)> MeasureAsync<T>(string name, Func<Task<T>> work)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var kept = await work();
        var seconds = clock.Elapsed.TotalSeconds;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        GC.KeepAlive(kept);
        Console.WriteLine($"{name}: {seconds:0.000} s, {retained / 1e6:0.0} MB retained");
        return (seconds, retained);
    }

    private static ArchiveRecord Synthetic(int n)
    {
        var id = n.ToString(CultureInfo.InvariantCulture);
        var record = new ArchiveRecord
        {
            Source = new SourceIdentifier { Archive = "Catalogue bench", RecordId = id },
            Title = "Synthetic memorandum " + id,
            Date = HistoricalDate.Day(new DateOnly(1945 + (n % 50), 1 + (n % 12), 1 + (n % 28))),
            Status = n % 10 == 0 ? RecordStatus.Draft : RecordStatus.Published,
            Collections = [new CollectionMembership { CollectionId = "bench-" + (n % 40), Title = "Bench volume " + (n % 40), Number = id }],
            ArchivalReference = new ArchivalReference { Repository = "RGANI", Fond = (n % 7).ToString(CultureInfo.InvariantCulture), Opis = (n % 13).ToString(CultureInfo.InvariantCulture), Delo = (n % 997).ToString(CultureInfo.InvariantCulture) },
            People = [new EntityLink { Name = "Person " + (n % 500), AuthorityId = "p-" + (n % 500) }],
            Layers = [new TextLayer { Kind = LayerKind.Translation, Lang = "en", Text = string.Concat(Enumerable.Repeat("A paragraph of synthetic text for the catalogue bench. ", 40)) }],
        };
        return record;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
