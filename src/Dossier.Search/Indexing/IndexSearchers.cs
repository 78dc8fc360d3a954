using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Dossier.Search.Indexing;

/// <summary>
/// An index's current searcher, shared and refreshed as Lucene's <see cref="SearcherManager"/> does, over the index as
/// searches read it (<see cref="WholeFieldsView"/>), scoring with Okapi BM25, the similarity the index's norms are written
/// for. (Lucene's manager refuses a searcher over any reader but the one it opened.)
/// </summary>
internal sealed class IndexSearchers : ReferenceManager<IndexSearcher>
{
    /// <summary>Searchers over the commits of the index in <paramref name="directory"/>.</summary>
    public IndexSearchers(Lucene.Net.Store.Directory directory)
    {
        Current = Searcher(DirectoryReader.Open(directory));
    }

    /// <summary>Searchers over what <paramref name="writer"/> has written, committed or not (near-real-time).</summary>
    public IndexSearchers(IndexWriter writer, bool applyAllDeletes)
    {
        Current = Searcher(DirectoryReader.Open(writer, applyAllDeletes));
    }

    public static Similarity Similarity { get; } = new BM25Similarity();

    protected override void DecRef(IndexSearcher reference) => reference.IndexReader.DecRef();

    protected override IndexSearcher RefreshIfNeeded(IndexSearcher referenceToRefresh)
    {
        // The view reopens its own reader and wraps the new one.
        var reader = DirectoryReader.OpenIfChanged((DirectoryReader)referenceToRefresh.IndexReader);
        return reader is null ? null! : Searcher(reader);
    }

    protected override bool TryIncRef(IndexSearcher reference) => reference.IndexReader.TryIncRef();

    protected override int GetRefCount(IndexSearcher reference) => reference.IndexReader.RefCount;

    private static IndexSearcher Searcher(DirectoryReader reader) => new(WholeFieldsView.Of(reader)) { Similarity = Similarity };
}
