using Dossier.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Querying;

/// <summary>
/// The best <c>size</c> records by relevance, equal scores by record id: the order of
/// <c>TopFieldCollector</c> with <c>Sort(SortField.FIELD_SCORE, record id)</c>, kept in a heap of its own. Lucene's
/// field collector compared every record found through one comparator for the score and another for the id, each
/// called through its interface (about a tenth of a search's CPU on the 100 FRUS volumes, the largest single part); here
/// a record scoring below the last kept is passed over with one comparison, and ids are read only for a tie with it.
/// </summary>
internal sealed class RelevanceCollector(int size) : ICollector, ITopDocsCollector
{
    private readonly Entry[] _heap = new Entry[Math.Max(1, size)];
    private readonly List<SortedDocValues> _ids = [];
    private readonly BytesRef _left = new();
    private readonly BytesRef _right = new();
    private int _count;
    private int _leaf = -1;
    private int _docBase;
    private Scorer? _scorer;

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _ids.Add(SegmentColumns.IdsOf(context.AtomicReader));
        _leaf = _ids.Count - 1;
        _docBase = context.DocBase;
    }

    public void Collect(int doc)
    {
        TotalHits++;
        var score = _scorer!.GetScore();
        if (_count == _heap.Length)
        {
            ref var worst = ref _heap[0];
            if (score < worst.Score || (score == worst.Score && !IdBefore(_leaf, doc, worst.Leaf, worst.Doc)))
            {
                return;
            }
            worst = new Entry(score, _leaf, doc, _docBase);
            Down(0);
            return;
        }
        _heap[_count] = new Entry(score, _leaf, doc, _docBase);
        Up(_count++);
    }

    public TopDocs GetTopDocs() => GetTopDocs(0, _count);

    public TopDocs GetTopDocs(int start) => GetTopDocs(start, _count);

    public TopDocs GetTopDocs(int start, int howMany)
    {
        var ranked = _heap.AsSpan(0, _count).ToArray();
        Array.Sort(ranked, (a, b) => Better(a, b) ? -1 : Better(b, a) ? 1 : 0);
        start = Math.Clamp(start, 0, ranked.Length);
        howMany = Math.Clamp(howMany, 0, ranked.Length - start);
        var docs = new ScoreDoc[howMany];
        for (var i = 0; i < howMany; i++)
        {
            var entry = ranked[start + i];
            docs[i] = new ScoreDoc(entry.DocBase + entry.Doc, entry.Score);
        }
        return new TopDocs(TotalHits, docs, float.NaN);
    }

    /// <summary>Whether <paramref name="a"/> ranks before <paramref name="b"/>: the higher score, then the lesser record id.</summary>
    private bool Better(in Entry a, in Entry b) =>
        a.Score > b.Score || (a.Score == b.Score && IdBefore(a.Leaf, a.Doc, b.Leaf, b.Doc));

    /// <summary>Whether the record id of document <paramref name="doc"/> of segment <paramref name="leaf"/> sorts before the other's.</summary>
    private bool IdBefore(int leaf, int doc, int otherLeaf, int otherDoc)
    {
        if (leaf == otherLeaf)
        {
            return _ids[leaf].GetOrd(doc) < _ids[otherLeaf].GetOrd(otherDoc);
        }
        _ids[leaf].Get(doc, _left);
        _ids[otherLeaf].Get(otherDoc, _right);
        return _left.CompareTo(_right) < 0;
    }

    // The heap keeps the worst kept record at its root.
    private void Up(int at)
    {
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (!Better(_heap[parent], _heap[at]))
            {
                return;
            }
            (_heap[parent], _heap[at]) = (_heap[at], _heap[parent]);
            at = parent;
        }
    }

    private void Down(int at)
    {
        while (true)
        {
            var worst = at;
            var left = (2 * at) + 1;
            if (left < _count && Better(_heap[worst], _heap[left]))
            {
                worst = left;
            }
            if (left + 1 < _count && Better(_heap[worst], _heap[left + 1]))
            {
                worst = left + 1;
            }
            if (worst == at)
            {
                return;
            }
            (_heap[worst], _heap[at]) = (_heap[at], _heap[worst]);
            at = worst;
        }
    }

    private readonly record struct Entry(float Score, int Leaf, int Doc, int DocBase);
}
