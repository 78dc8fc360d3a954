using System.Text;
using Dossier.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace Dossier.Search.Indexing;

/// <summary>
/// The exact field's terms as the English stem field reads them (<see cref="WholeFieldsView"/>): a term the index leaves
/// to the exact field (<see cref="EnglishStems.LeftToExactField"/>: "the", "of", "1955") that stemming keeps as it is
/// stands for itself there; every other word is written in the stem field, under its stem. Only the records whose stem
/// field the index wrote in part are read (not <see cref="WholeStemRecords"/>). The occurrences of those terms in those
/// records (<see cref="SumTotalTermFreq"/>, what BM25's average length is made of) are counted once per segment; the
/// sum of records per term and the count of records holding any (<c>SumDocFreq</c>, <c>DocCount</c>,
/// which BM25 does not read) are the exact field's, more than these terms hold.
/// </summary>
internal sealed class StemmedExactTerms(Terms exact, WholeStemRecords whole, SharedTermCounts counts) : FilterAtomicReader.FilterTerms(exact)
{
    public override long Count => -1;

    /// <summary>The occurrences of the terms read, walked once per segment and field (28 ms on the 100 FRUS volumes' one segment, 95 ms the first time in a process).</summary>
    public override long SumTotalTermFreq => counts.OtherOccurrences(() =>
    {
        var sum = 0L;
        var terms = GetEnumerator();
        while (terms.MoveNext())
        {
            if (terms.TotalTermFreq < 0)
            {
                return -1;
            }
            sum += terms.TotalTermFreq;
        }
        return sum;
    });

    public override TermsEnum GetEnumerator() => new StemmedExactTermsEnum(m_input.GetEnumerator(), whole);

    /// <summary>A new enumerator, as <see cref="GetEnumerator()"/> (the filter's own would hand out the exact field's).</summary>
    public override TermsEnum GetEnumerator(TermsEnum reuse) => GetEnumerator();

    public override TermsEnum Intersect(CompiledAutomaton compiled, BytesRef startTerm) =>
        new StemmedExactTermsEnum(m_input.Intersect(compiled, startTerm), whole);
}

/// <summary>The terms of <see cref="StemmedExactTerms"/>, in order: the exact field's, less those that do not stand as stems.</summary>
internal sealed class StemmedExactTermsEnum(TermsEnum exact, WholeStemRecords records) : FilterAtomicReader.FilterTermsEnum(exact)
{
    private readonly FixedBitSet? _whole = records.Records;

    private char[] _chars = new char[64];

    /// <summary>The current term's records and occurrences outside <c>whole</c>, once counted (-1 before).</summary>
    private int _docFreq = -1;

    private long _totalTermFreq = -1;

    public override long Ord => throw new NotSupportedException("the exact field's terms read as stems have no ordinals");

    public override int DocFreq => _whole is null ? m_input.DocFreq : Counted()._docFreq;

    public override long TotalTermFreq => _whole is null ? m_input.TotalTermFreq : Counted()._totalTermFreq;

    public override bool MoveNext()
    {
        while (m_input.MoveNext())
        {
            if (Stands(m_input.Term) && HasRecords())
            {
                return true;
            }
        }
        return false;
    }

    [Obsolete("Use MoveNext() and Term instead.")]
    public override BytesRef Next() => MoveNext() ? m_input.Term : null!;

    public override SeekStatus SeekCeil(BytesRef text)
    {
        var status = m_input.SeekCeil(text);
        if (status == SeekStatus.END)
        {
            return status;
        }
        if (Stands(m_input.Term) && HasRecords())
        {
            return status;
        }
        return MoveNext() ? SeekStatus.NOT_FOUND : SeekStatus.END;
    }

    /// <summary>Finds <paramref name="text"/>, sought in the exact field only when it can stand there (most stems cannot).</summary>
    public override bool SeekExact(BytesRef text) => Stands(text) && m_input.SeekExact(text) && HasRecords();

    public override TermState GetTermState() => m_input.GetTermState();

    /// <summary>Placed on a term this enum found before (as a query's weight places it).</summary>
    public override void SeekExact(BytesRef term, TermState state)
    {
        m_input.SeekExact(term, state);
        _docFreq = -1;
    }

    public override void SeekExact(long ord) => throw new NotSupportedException("the exact field's terms read as stems have no ordinals");

    public override DocsEnum Docs(IBits liveDocs, DocsEnum reuse, DocsFlags flags) => m_input.Docs(Elided(liveDocs), reuse, flags);

    public override DocsAndPositionsEnum DocsAndPositions(IBits liveDocs, DocsAndPositionsEnum reuse, DocsAndPositionsFlags flags) =>
        m_input.DocsAndPositions(Elided(liveDocs), reuse, flags);

    private IBits? Elided(IBits? liveDocs) => _whole is null ? liveDocs : new ElidedRecords(liveDocs, _whole);

    /// <summary>True when <paramref name="term"/> stands in the stem field as written: the index leaves it to the exact field, and stemming keeps it.</summary>
    private bool Stands(BytesRef term)
    {
        _docFreq = -1;
        if (_chars.Length < term.Length)
        {
            _chars = new char[ArrayUtil.Oversize(term.Length, sizeof(char))];
        }
        var chars = _chars.AsSpan(0, Encoding.UTF8.GetChars(term.Bytes, term.Offset, term.Length, _chars, 0));
        return EnglishStems.StandsForItself(chars);
    }

    /// <summary>True when a record read here holds the current term (outside the whole records).</summary>
    private bool HasRecords() => _whole is null || Counted()._docFreq > 0;

    /// <summary>
    /// Counts the current term's records and occurrences less those in <c>whole</c>: the rarer side is walked, the term's
    /// records or the whole ones (few in an archive of mostly English records).
    /// </summary>
    private StemmedExactTermsEnum Counted()
    {
        if (_docFreq >= 0)
        {
            return this;
        }
        var docs = m_input.Docs(null, null, DocsFlags.FREQS);
        int shared = 0;
        long occurrences = 0;
        var whole = _whole!;
        if (m_input.DocFreq <= records.Count)
        {
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                if (whole.Get(doc))
                {
                    shared++;
                    occurrences += docs.Freq;
                }
            }
        }
        else
        {
            for (var doc = whole.NextSetBit(0); doc >= 0 && docs.DocID != DocIdSetIterator.NO_MORE_DOCS; doc = doc + 1 < whole.Length ? whole.NextSetBit(doc + 1) : -1)
            {
                if (docs.DocID < doc)
                {
                    docs.Advance(doc);
                }
                if (docs.DocID == doc)
                {
                    shared++;
                    occurrences += docs.Freq;
                }
            }
        }
        _docFreq = m_input.DocFreq - shared;
        _totalTermFreq = m_input.TotalTermFreq < 0 ? -1 : m_input.TotalTermFreq - occurrences;
        return this;
    }

    /// <summary>The live records less the whole ones.</summary>
    private sealed class ElidedRecords(IBits? live, FixedBitSet whole) : IBits
    {
        public int Length => whole.Length;

        public bool Get(int index) => !whole.Get(index) && (live is null || live.Get(index));
    }
}
