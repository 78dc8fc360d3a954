using System.Runtime.CompilerServices;
using Dossier.Core.Composition;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Storage;
using Dossier.Testing;
using Dossier.Web.Catalogue;

namespace Dossier.Web.Tests.Catalogue;

/// <summary>The catalogue follows the store's changes by reading only what changed, never every record again.</summary>
public sealed class CatalogueServiceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_apply_upserts_and_deletes_without_reading_every_record_again()
    {
        var clock = new StepClock();
        var sqlite = await StoreFactory.OpenAsync(_folder.Path, clock, Cancel);
        await sqlite.Records.UpsertAsync([Note("1", "First"), Note("2", "Second"), Note("3", "Third")], Cancel);
        var store = new CountingStore(sqlite);
        var archive = new Archive(_folder.Path, store, sqlite, null, [], [], clock);
        var catalogue = new CatalogueService(archive);
        Assert.Equal(3, (await catalogue.GetAsync(Cancel)).Entries.Count);

        await sqlite.Records.UpsertAsync([Note("2", "Second, revised"), Note("4", "Fourth")], Cancel);
        await sqlite.Records.DeleteAsync(RecordId.For("Catalogue test", "1"), Cancel);
        clock.Step();
        var snapshot = await catalogue.GetAsync(Cancel);

        Assert.Equal(["Fourth", "Second, revised", "Third"], snapshot.Entries.Select(e => e.Title).Order(StringComparer.Ordinal));
        Assert.Equal(await sqlite.Records.LastSequenceAsync(Cancel), snapshot.Sequence);
        Assert.Equal(1, store.Streams);
        Assert.Equal(3, store.Fetched);
        await sqlite.DisposeAsync();
    }

    private static ArchiveRecord Note(string id, string title) => new()
    {
        Id = RecordId.For("Catalogue test", id),
        Source = new SourceIdentifier { Archive = "Catalogue test", RecordId = id },
        Title = title,
        Layers = [new TextLayer { Kind = LayerKind.Translation, Lang = "en", Text = title }],
    };

    /// <summary>Moves a few seconds on each step, past the catalogue's recheck interval.</summary>
    private sealed class StepClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Step() => _now += TimeSpan.FromSeconds(5);
    }

    /// <summary>The real store, counting how often every record is read and how many records are fetched by id.</summary>
    private sealed class CountingStore(IArchiveStore inner) : IArchiveStore, IRecordStore
    {
        public int Streams { get; private set; }

        public int Fetched { get; private set; }

        public IRecordStore Records => this;

        public IAuthorityStore Authorities => inner.Authorities;

        public ICollectionStore Collections => inner.Collections;

        public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

        public Task<IImportTransaction> BeginImportAsync(CancellationToken cancellationToken = default) => inner.BeginImportAsync(cancellationToken);

        public Task<UpsertResult> UpsertAsync(IReadOnlyList<ArchiveRecord> records, CancellationToken cancellationToken = default) => inner.Records.UpsertAsync(records, cancellationToken);

        public Task<ArchiveRecord?> FindAsync(string idOrSourceRecordId, CancellationToken cancellationToken = default) => inner.Records.FindAsync(idOrSourceRecordId, cancellationToken);

        public async Task<IReadOnlyList<ArchiveRecord>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
        {
            Fetched += ids.Count;
            return await inner.Records.GetManyAsync(ids, cancellationToken);
        }

        public async IAsyncEnumerable<ArchiveRecord> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Streams++;
            await foreach (var record in inner.Records.StreamAsync(cancellationToken))
            {
                yield return record;
            }
        }

        public Task<IReadOnlyList<RecordSummary>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default) => inner.Records.ListAsync(offset, limit, cancellationToken);

        public Task<int> CountAsync(CancellationToken cancellationToken = default) => inner.Records.CountAsync(cancellationToken);

        public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) => inner.Records.DeleteAsync(id, cancellationToken);

        public Task<IReadOnlyList<RecordChange>> ChangesAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
            inner.Records.ChangesAfterAsync(afterSequence, limit, cancellationToken);

        public Task<long> LastSequenceAsync(CancellationToken cancellationToken = default) => inner.Records.LastSequenceAsync(cancellationToken);
    }
}
