using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Testing;

namespace Dossier.Search.Tests;

/// <summary>A store, a data folder and the index over them; disposed with the test.</summary>
internal sealed class IndexedArchive : IDisposable
{
    private readonly TempFolder _folder = new("dossier-search");

    public IndexedArchive(TimeProvider? time = null)
    {
        Time = time ?? TimeProvider.System;
        Index = new LuceneSearchIndex(Store, _folder.Path, Time);
    }

    public InMemoryRecordStore Store { get; } = new();

    public TimeProvider Time { get; }

    public LuceneSearchIndex Index { get; private set; }

    public string DataFolder => _folder.Path;

    public async Task AddAsync(params ArchiveRecord[] records)
    {
        await Store.UpsertAsync(records, TestContext.Current.CancellationToken);
        await Index.CatchUpAsync(cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>The source ids of the first ten records <paramref name="query"/> finds, in ordinal order.</summary>
    public async Task<string[]> FoundAsync(string query) =>
        [.. (await Index.SearchAsync(new SearchRequest { Query = query, Limit = 10 }, TestContext.Current.CancellationToken)).Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal)];

    /// <summary>Closes the index and opens it again on the same folder, as after a restart.</summary>
    public void Reopen()
    {
        Index.Dispose();
        Index = new LuceneSearchIndex(Store, _folder.Path, Time);
    }

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }
}
