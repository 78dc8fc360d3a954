using Dossier.Core.Collections;
using Dossier.Interop.Exporters.OaiPmh;
using Dossier.Storage;
using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;

namespace Dossier.Interop.Tests.Exporters;

/// <summary>
/// A SQLite archive on a manual clock holding <see cref="HarvestRecords"/>: the letter, draft and embargo written at
/// 10:00, the note and the one to delete at 11:00, the withdrawn one at 12:00, the deletion at 13:00; the embargo
/// lifts on 2030-01-01. The clock then stands at 14:00.
/// </summary>
internal sealed class HarvestArchive(TempFolder folder, SqliteArchiveStore store, ManualClock clock) : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset EmbargoLifts = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly Uri BaseUrl = new("https://archive.example.org/");

    public SqliteArchiveStore Store => store;

    public ManualClock Clock => clock;

    public static OaiPmhRepository Repository(int pageSize = 100) => new(new OaiPmhOptions
    {
        RepositoryName = "Harvest test archive",
        AdminEmail = "archivist@example.org",
        PageSize = pageSize,
        TokenKey = new byte[32],
    });

    public static async Task<HarvestArchive> CreateAsync()
    {
        var clock = new ManualClock(Start);
        var folder = new TempFolder("dossier-harvest");
        var store = await StoreFactory.OpenAsync(folder.Path, clock);
        await store.Collections.UpsertAsync(
        [
            new Collection { Id = "harbour-letters", Title = "Harbour letters" },
            new Collection { Id = "odd/id:with space", Title = "A collection with an odd id" },
            new Collection { Id = "secret-drafts", Title = "Secret drafts" },
        ]);
        await store.Records.UpsertAsync([HarvestRecords.Letter(), HarvestRecords.Draft(), HarvestRecords.Embargoed(EmbargoLifts)]);
        clock.Now = Start.AddHours(1);
        await store.Records.UpsertAsync([HarvestRecords.Note(), HarvestRecords.ToDelete()]);
        clock.Now = Start.AddHours(2);
        await store.Records.UpsertAsync([HarvestRecords.Withdrawn()]);
        clock.Now = Start.AddHours(3);
        await store.Records.DeleteAsync(HarvestRecords.IdOf("ferry-deleted"));
        clock.Now = Start.AddHours(4);
        return new HarvestArchive(folder, store, clock);
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        folder.Dispose();
    }
}
