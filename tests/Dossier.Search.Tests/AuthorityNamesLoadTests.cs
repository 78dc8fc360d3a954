using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Core.Storage;
using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;

namespace Dossier.Search.Tests;

/// <summary>
/// The authority names that widen name queries and label facets are loaded once for every search that finds them
/// missing (at start, after a write): a cold server answering many searches at once loads them once, not once each.
/// </summary>
public sealed class AuthorityNamesLoadTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_load_the_authority_names_once_for_searches_that_all_find_them_missing()
    {
        using var folder = new TempFolder("dossier-names-load");
        var store = SqliteArchiveStore.Create(folder.File("archive.db"));
        await using (store)
        {
            await store.InitializeAsync(Cancel);
            await store.Records.UpsertAsync([await ModelRecord.ImportAsync()], Cancel);
            var authorities = new GatedAuthorities(store.Authorities);
            using var index = await LuceneSearchIndex.OpenAsync(store.Records, folder.Path, cancellationToken: Cancel, authorities: authorities);
            var before = authorities.Loads;

            // Sixteen searches start while the first load is held open: they all find the names missing.
            var searches = Enumerable.Range(0, 16)
                .Select(_ => Task.Run(() => index.SearchAsync(new SearchRequest { Query = "Pishevari", Facets = true }, Cancel), Cancel))
                .ToList();
            await authorities.FirstLoadStarted.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
            await Task.Delay(200, Cancel);
            authorities.Open();
            var results = await Task.WhenAll(searches);

            Assert.All(results, r => Assert.Equal(results[0].Total, r.Total));
            Assert.True(results[0].Total > 0);
            // One load reads the public people and the public places: two reads, whatever the number of searches.
            Assert.Equal(2, authorities.Loads - before);

            // A change to the authorities (in the store, a record written or not) drops the names once the index follows
            // the store: the next search loads them again, once.
            await store.Authorities.UpsertAsync([new Authority { Id = AuthorityId.For(AuthorityKind.Person, "Pishavarov, Ivan"), Kind = AuthorityKind.Person, PreferredName = "Pishavarov, Ivan" }], Cancel);
            Assert.Equal(1, await index.CatchUpAsync(cancellationToken: Cancel));
            Assert.Equal(0, await index.CatchUpAsync(cancellationToken: Cancel));
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => index.SearchAsync(new SearchRequest { Query = "Pishevari" }, Cancel)));
            Assert.Equal(4, authorities.Loads - before);
            store.ReleaseConnections();
        }
    }

    [Fact]
    public async Task Should_widen_by_a_persons_spelling_once_the_only_record_citing_the_person_comes_out_of_embargo()
    {
        using var folder = new TempFolder("dossier-names-lapse");
        var clock = new FixedTime(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var store = SqliteArchiveStore.Create(folder.File("archive.db"));
        await using (store)
        {
            await store.InitializeAsync(Cancel);
            // The spelling "Kvilfezer" is the authority's alone: no text holds it, so only the names can find the letter by it.
            var person = new Authority
            {
                Id = AuthorityId.For(AuthorityKind.Person, "Quillfeather, Ambrose"),
                Kind = AuthorityKind.Person,
                PreferredName = "Quillfeather, Ambrose",
                Variants = [new NameVariant { Name = "Kvilfezer, Ambroz", Lang = "ru-Latn" }],
            };
            var letter = new ArchiveRecord
            {
                Source = new SourceIdentifier { Archive = "Names lapse test", RecordId = "quillfeather-1" },
                Title = "A letter from the consul",
                Date = HistoricalDate.Year(1956),
                EmbargoUntil = clock.Now.AddDays(1),
                Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = "Quillfeather wrote from the consulate about the harbour." }],
                People = [new EntityLink { Name = "Quillfeather", AuthorityId = person.Id }],
            };
            letter.Id = RecordId.For(letter.Source);
            await store.Authorities.UpsertAsync([person], Cancel);
            await store.Records.UpsertAsync([letter], Cancel);
            using var index = await LuceneSearchIndex.OpenAsync(store.Records, folder.Path, clock, cancellationToken: Cancel, authorities: store.Authorities);
            Assert.Equal(0, await TotalAsync(index, "Quillfeather"));
            Assert.Equal(0, await TotalAsync(index, "Kvilfezer"));

            // The embargo lapses with no write: the search moves the letter into the public index, and reads the names again.
            clock.Now = clock.Now.AddDays(2);
            Assert.Equal(1, await TotalAsync(index, "Quillfeather"));
            Assert.Equal(1, await TotalAsync(index, "Kvilfezer"));
            store.ReleaseConnections();
        }
    }

    private static async Task<long> TotalAsync(LuceneSearchIndex index, string query) =>
        (await index.SearchAsync(new SearchRequest { Query = query, Limit = 10, Snippets = 0 }, Cancel)).Total;

    /// <summary>The real authority store, counting reads of the public authorities and holding them until opened.</summary>
    private sealed class GatedAuthorities(IAuthorityStore inner) : IAuthorityStore
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _loads;

        public int Loads => Volatile.Read(ref _loads);

        public Task FirstLoadStarted => _started.Task;

        public void Open() => _open.TrySetResult();

        public async Task<IReadOnlyList<Authority>> PublicAsync(AuthorityKind kind, DateTimeOffset now, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _loads);
            _started.TrySetResult();
            await _open.Task.WaitAsync(cancellationToken);
            return await inner.PublicAsync(kind, now, cancellationToken);
        }

        public Task UpsertAsync(IReadOnlyList<Authority> authorities, CancellationToken cancellationToken = default) => inner.UpsertAsync(authorities, cancellationToken);

        public Task<Authority?> FindAsync(string id, CancellationToken cancellationToken = default) => inner.FindAsync(id, cancellationToken);

        public Task<IReadOnlyList<Authority>> SearchAsync(AuthorityKind kind, string? query, int limit, CancellationToken cancellationToken = default) =>
            inner.SearchAsync(kind, query, limit, cancellationToken);

        public Task<IReadOnlyList<string>> RecordIdsCitingAsync(string authorityId, CancellationToken cancellationToken = default) =>
            inner.RecordIdsCitingAsync(authorityId, cancellationToken);

        public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) => inner.DeleteAsync(id, cancellationToken);
    }
}
