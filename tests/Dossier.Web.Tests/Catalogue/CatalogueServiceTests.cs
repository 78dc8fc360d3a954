using System.Runtime.CompilerServices;
using Dossier.Core.Composition;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Storage;
using Dossier.Testing;
using Dossier.Web.Catalogue;

namespace Dossier.Web.Tests.Catalogue;

/// <summary>The catalogue answers from the store's summary queries: it never reads a record document, and follows writes and embargoes.</summary>
public sealed class CatalogueServiceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_count_and_list_from_summaries_without_reading_a_record_document()
    {
        var clock = new StepClock();
        var sqlite = await StoreFactory.OpenAsync(_folder.Path, clock, Cancel);
        await sqlite.Records.UpsertAsync([Note("1", "First"), Note("2", "Second"), Note("3", "Third")], Cancel);
        var store = new CountingStore(sqlite);
        var archive = new Archive(_folder.Path, store, sqlite, null, [], [], clock);
        using var catalogue = new CatalogueService(archive);
        Assert.Equal(3, (await catalogue.GetAsync(Cancel)).Counts.Total);

        await sqlite.Records.UpsertAsync([Note("2", "Second, revised"), Note("4", "Fourth")], Cancel);
        await sqlite.Records.DeleteAsync(RecordId.For("Catalogue test", "1"), Cancel);
        catalogue.Recheck();
        var snapshot = await catalogue.GetAsync(Cancel);
        var listed = await catalogue.ListAsync(CatalogueFilter.All, 0, 100, Cancel);
        var recent = await catalogue.RecentAsync(Cancel);

        Assert.Equal(3, snapshot.Counts.Total);
        Assert.Equal(["Fourth", "Second, revised", "Third"], listed.Select(e => e.Title).Order(StringComparer.Ordinal));
        Assert.Equal(["Fourth", "Second, revised", "Third"], recent.Select(e => e.Title));
        Assert.Equal(await sqlite.Records.LastSequenceAsync(Cancel), snapshot.Sequence);
        Assert.Equal(0, store.DocumentsRead);
        await sqlite.DisposeAsync();
    }

    [Fact]
    public async Task Should_count_an_embargoed_record_once_its_embargo_lapses_without_a_write()
    {
        var clock = new StepClock();
        var sqlite = await StoreFactory.OpenAsync(_folder.Path, clock, Cancel);
        var embargoed = Note("2", "Embargoed");
        embargoed.EmbargoUntil = clock.GetUtcNow().AddSeconds(3);
        var draft = Note("3", "Draft");
        draft.Status = RecordStatus.Draft;
        await sqlite.Records.UpsertAsync([Note("1", "Open"), embargoed, draft], Cancel);
        var archive = new Archive(_folder.Path, sqlite, sqlite, null, [], [], clock);
        using var catalogue = new CatalogueService(archive);

        Assert.Equal(1, (await catalogue.GetAsync(Cancel)).Counts.Total);
        clock.Step();
        Assert.Equal(2, (await catalogue.GetAsync(Cancel)).Counts.Total);
        Assert.Equal(["Embargoed", "Open"], (await catalogue.ListAsync(CatalogueFilter.All, 0, 10, Cancel)).Select(e => e.Title).Order(StringComparer.Ordinal));
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

    /// <summary>The real store, counting every record document read (whole records, catalogue streams, fetches by id).</summary>
    private sealed class CountingStore(ArchiveStore inner) : IArchiveStore, IRecordStore, ICatalogueSummaries
    {
        public int DocumentsRead { get; private set; }

        public IRecordStore Records => this;

        public IAuthorityStore Authorities => inner.Authorities;

        public ICollectionStore Collections => inner.Collections;

        public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

        public Task<IImportTransaction> BeginImportAsync(CancellationToken cancellationToken = default) => inner.BeginImportAsync(cancellationToken);

        public Task<UpsertResult> UpsertAsync(IReadOnlyList<ArchiveRecord> records, CancellationToken cancellationToken = default) => inner.Records.UpsertAsync(records, cancellationToken);

        public async Task<ArchiveRecord?> FindAsync(string idOrSourceRecordId, CancellationToken cancellationToken = default)
        {
            DocumentsRead++;
            return await inner.Records.FindAsync(idOrSourceRecordId, cancellationToken);
        }

        public async Task<IReadOnlyList<ArchiveRecord>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
        {
            DocumentsRead += ids.Count;
            return await inner.Records.GetManyAsync(ids, cancellationToken);
        }

        public async IAsyncEnumerable<ArchiveRecord> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (var record in inner.Records.StreamAsync(cancellationToken))
            {
                DocumentsRead++;
                yield return record;
            }
        }

        public async IAsyncEnumerable<ArchiveRecord> StreamCatalogueAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (var record in inner.Records.StreamCatalogueAsync(cancellationToken))
            {
                DocumentsRead++;
                yield return record;
            }
        }

        public Task<IReadOnlyList<RecordSummary>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default) => inner.Records.ListAsync(offset, limit, cancellationToken);

        public Task<int> CountAsync(CancellationToken cancellationToken = default) => inner.Records.CountAsync(cancellationToken);

        public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) => inner.Records.DeleteAsync(id, cancellationToken);

        public Task<IReadOnlyList<RecordChange>> ChangesAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
            inner.Records.ChangesAfterAsync(afterSequence, limit, cancellationToken);

        public Task<long> LastSequenceAsync(CancellationToken cancellationToken = default) => inner.Records.LastSequenceAsync(cancellationToken);

        public Task<CatalogueCounts> CountAsync(DateTimeOffset now, CancellationToken cancellationToken = default) => inner.CountAsync(now, cancellationToken);

        public Task<IReadOnlyList<CatalogueLine>> ListAsync(CatalogueFilter filter, DateTimeOffset now, int offset, int limit, CancellationToken cancellationToken = default) =>
            inner.ListAsync(filter, now, offset, limit, cancellationToken);

        public Task<IReadOnlyList<CataloguePlace>> PlacesAsync(CatalogueFilter filter, DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
            inner.PlacesAsync(filter, now, limit, cancellationToken);

        public Task<IReadOnlyList<CatalogueTitle>> TitlesAsync(IReadOnlyCollection<string> ids, DateTimeOffset now, CancellationToken cancellationToken = default) =>
            inner.TitlesAsync(ids, now, cancellationToken);

        public Task<int> CountAsync(CatalogueFilter filter, DateTimeOffset now, CancellationToken cancellationToken = default) => inner.CountAsync(filter, now, cancellationToken);

        public Task<IReadOnlyList<SharedCitations>> CitingAsync(IReadOnlyCollection<string> authorityIds, DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
            inner.CitingAsync(authorityIds, now, limit, cancellationToken);

        public Task<IReadOnlySet<string>> CommonAsync(IReadOnlyCollection<string> authorityIds, int above, CancellationToken cancellationToken = default) =>
            inner.CommonAsync(authorityIds, above, cancellationToken);

        public Task<IReadOnlySet<string>> CitedAsync(DateTimeOffset now, CancellationToken cancellationToken = default) => inner.CitedAsync(now, cancellationToken);

        public Task<IReadOnlyList<CoCitation>> CitedAlongsideAsync(string authorityId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
            inner.CitedAlongsideAsync(authorityId, now, cancellationToken);

        public Task<IReadOnlySet<string>> HiddenAsync(IReadOnlyCollection<string> sources, DateTimeOffset now, IReadOnlySet<string>? publicCollections = null, CancellationToken cancellationToken = default) =>
            inner.HiddenAsync(sources, now, publicCollections, cancellationToken);
    }
}
