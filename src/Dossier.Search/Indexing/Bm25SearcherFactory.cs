using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Dossier.Search.Indexing;

/// <summary>Searchers that score with Okapi BM25, the similarity the index's norms are written for.</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public static Similarity Similarity { get; } = new BM25Similarity();

    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
}
