using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;

namespace Dossier.Search.Tests;

/// <summary>
/// Records and the person and place authorities they cite in a SQLite store, and the index over both, as an import
/// leaves them: a search reads the authorities' names (spellings, known name words). Disposed with the test.
/// </summary>
internal sealed class AuthorityArchive : IAsyncDisposable
{
    private readonly TempFolder _folder;
    private readonly SqliteArchiveStore _store;

    private AuthorityArchive(TempFolder folder, SqliteArchiveStore store, LuceneSearchIndex index)
    {
        _folder = folder;
        _store = store;
        Index = index;
    }

    public LuceneSearchIndex Index { get; }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<AuthorityArchive> OpenAsync(IReadOnlyList<ArchiveRecord> records, IReadOnlyList<Authority> authorities)
    {
        var folder = new TempFolder("dossier-authorities");
        var store = SqliteArchiveStore.Create(folder.File("archive.db"));
        await store.InitializeAsync(Cancel);
        await store.Records.UpsertAsync(records, Cancel);
        await store.Authorities.UpsertAsync(authorities, Cancel);
        var index = await LuceneSearchIndex.OpenAsync(store.Records, folder.Path, cancellationToken: Cancel, authorities: store.Authorities);
        return new AuthorityArchive(folder, store, index);
    }

    /// <summary>A person as the records' <c>people: [name]</c> cite him (<see cref="SyntheticRecords.Make"/>), under <paramref name="heading"/>.</summary>
    public static Authority Person(string name, string heading) =>
        new() { Id = "a-" + name.ToLowerInvariant(), Kind = AuthorityKind.Person, PreferredName = heading };

    public Task<SearchResult> SearchAsync(string query, int limit = 10) =>
        Index.SearchAsync(new SearchRequest { Query = query, Limit = limit }, Cancel);

    /// <summary>The source ids of the first ten records found, in ordinal order.</summary>
    public async Task<string[]> FoundAsync(string query) =>
        [.. (await SearchAsync(query)).Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal)];

    public async ValueTask DisposeAsync()
    {
        Index.Dispose();
        _store.ReleaseConnections();
        await _store.DisposeAsync();
        _folder.Dispose();
    }
}
