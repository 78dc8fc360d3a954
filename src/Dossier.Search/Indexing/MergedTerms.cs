using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace Dossier.Search.Indexing;

/// <summary>
/// Two fields' terms of one segment read as one field's (<see cref="WholeFieldsView"/>): each term once, in order, with
/// the postings of whichever fields hold it, merged. The fields never hold a term at the same position of a record.
/// </summary>
/// <param name="own">The field's own terms.</param>
/// <param name="other">The other field's terms, read as the field's too.</param>
/// <param name="shared">The document frequencies of the terms both fields hold, counted once per segment (<see cref="SharedTermCounts"/>).</param>
internal sealed class MergedTerms(Terms own, Terms other, SharedTermCounts shared) : Terms
{
    public override IComparer<BytesRef> Comparer => BytesRef.UTF8SortedAsUnicodeComparer;

    public override long Count => -1;

    public override long SumTotalTermFreq => own.SumTotalTermFreq < 0 || other.SumTotalTermFreq < 0 ? -1 : own.SumTotalTermFreq + other.SumTotalTermFreq;

    public override long SumDocFreq => own.SumDocFreq < 0 || other.SumDocFreq < 0 ? -1 : own.SumDocFreq + other.SumDocFreq;

    public override int DocCount => Math.Max(own.DocCount, other.DocCount);

    public override bool HasFreqs => own.HasFreqs && other.HasFreqs;

    public override bool HasOffsets => own.HasOffsets && other.HasOffsets;

    public override bool HasPositions => own.HasPositions && other.HasPositions;

    public override bool HasPayloads => own.HasPayloads || other.HasPayloads;

    public override TermsEnum GetEnumerator() => new MergedTermsEnum(own.GetEnumerator(), other.GetEnumerator(), shared);

    /// <summary>
    /// The terms an automaton accepts (a fuzzy or wildcard query's), found by each field's own term dictionary, which
    /// skips the blocks the automaton cannot enter, and merged in order; the enum is only walked, never sought.
    /// </summary>
    public override TermsEnum Intersect(CompiledAutomaton compiled, BytesRef startTerm) =>
        new MergedTermsEnum(own.Intersect(compiled, startTerm), other.Intersect(compiled, startTerm), shared);
}

/// <summary>
/// The terms of two fields as one, in order (<see cref="MergedTerms"/>). Each side is on a term, past its last, or not
/// placed (after an exact seek that did not find the term there); the current term is the lesser of the placed sides'.
/// </summary>
internal sealed class MergedTermsEnum(TermsEnum own, TermsEnum other, SharedTermCounts shared) : TermsEnum
{
    private readonly Side _own = new(own);
    private readonly Side _other = new(other);
    private readonly BytesRef _term = new();
    private bool _placed;
    private bool _ended;

    /// <summary>The current term's records in either field, once counted (-1 before).</summary>
    private int _docFreq = -1;

    public override IComparer<BytesRef> Comparer => BytesRef.UTF8SortedAsUnicodeComparer;

    public override BytesRef Term => _placed && !_ended ? _term : null!;

    public override long Ord => throw new NotSupportedException("a merged field's terms have no ordinals");

    /// <summary>
    /// The records holding the term in either field: a term both hold (a name with and without a possessive, "Kuba"
    /// beside "Cuba") has the records holding it in both counted once (<see cref="SharedTermCounts"/>).
    /// </summary>
    public override int DocFreq
    {
        get
        {
            if (!(_own.On && _other.On))
            {
                return (_own.On ? _own : _other).Terms.DocFreq;
            }
            if (_docFreq < 0)
            {
                _docFreq = shared.DocFreq(_term, _own.Terms, _other.Terms);
            }
            return _docFreq;
        }
    }

    public override long TotalTermFreq
    {
        get
        {
            var own = _own.On ? _own.Terms.TotalTermFreq : 0;
            var other = _other.On ? _other.Terms.TotalTermFreq : 0;
            return own < 0 || other < 0 ? -1 : own + other;
        }
    }

    public override bool MoveNext()
    {
        if (_ended)
        {
            return false;
        }
        if (!_placed)
        {
            _own.Next();
            _other.Next();
        }
        else
        {
            _own.Past(_term);
            _other.Past(_term);
        }
        return Settle();
    }

    [Obsolete("Use MoveNext() and Term instead.")]
    public override BytesRef Next() => MoveNext() ? _term : null!;

    public override SeekStatus SeekCeil(BytesRef text)
    {
        _own.Ceil(text);
        _other.Ceil(text);
        if (!Settle())
        {
            return SeekStatus.END;
        }
        return _term.BytesEquals(text) ? SeekStatus.FOUND : SeekStatus.NOT_FOUND;
    }

    public override bool SeekExact(BytesRef text)
    {
        var own = _own.Exact(text);
        var other = _other.Exact(text);
        return Found(text, own || other);
    }

    public override void SeekExact(BytesRef term, TermState state)
    {
        var merged = (MergedTermState)state;
        _own.Exact(term, merged.Own);
        _other.Exact(term, merged.Other);
        Found(term, merged.Own is not null || merged.Other is not null);
    }

    public override void SeekExact(long ord) => throw new NotSupportedException("a merged field's terms have no ordinals");

    public override TermState GetTermState() => new MergedTermState(_own.On ? _own.Terms.GetTermState() : null, _other.On ? _other.Terms.GetTermState() : null);

    public override DocsEnum Docs(IBits liveDocs, DocsEnum reuse, DocsFlags flags)
    {
        if (_own.On && _other.On)
        {
            return new MergedDocs(_own.Terms.Docs(liveDocs, null, flags), _other.Terms.Docs(liveDocs, null, flags));
        }
        return (_own.On ? _own : _other).Terms.Docs(liveDocs, reuse is MergedDocs ? null : reuse, flags);
    }

    public override DocsAndPositionsEnum DocsAndPositions(IBits liveDocs, DocsAndPositionsEnum reuse, DocsAndPositionsFlags flags)
    {
        if (_own.On && _other.On)
        {
            var own = _own.Terms.DocsAndPositions(liveDocs, null, flags);
            var other = _other.Terms.DocsAndPositions(liveDocs, null, flags);
            return own is null || other is null ? null! : new MergedPositions(own, other);
        }
        return (_own.On ? _own : _other).Terms.DocsAndPositions(liveDocs, reuse is MergedPositions ? null : reuse, flags);
    }

    /// <summary>Places the enum on <paramref name="text"/> when a side holds it (the sides that do not are not placed).</summary>
    private bool Found(BytesRef text, bool found)
    {
        _docFreq = -1;
        _placed = found;
        _ended = false;
        if (found)
        {
            _term.CopyBytes(text);
        }
        return found;
    }

    /// <summary>Takes the lesser of the sides' terms as the current one, and says whether there is one.</summary>
    private bool Settle()
    {
        _docFreq = -1;
        var own = _own.Current;
        var other = _other.Current;
        var least = own is null ? other : other is null ? own : Comparer.Compare(own, other) <= 0 ? own : other;
        _placed = true;
        _ended = least is null;
        if (_ended)
        {
            _own.On = _other.On = false;
            return false;
        }
        _term.CopyBytes(least!);
        _own.On = own is not null && own.BytesEquals(_term);
        _other.On = other is not null && other.BytesEquals(_term);
        return true;
    }

    /// <summary>One field's terms and where they stand.</summary>
    private sealed class Side(TermsEnum terms)
    {
        public TermsEnum Terms { get; } = terms;

        /// <summary>The side's term when it is placed on one; null past its last term or when not placed.</summary>
        public BytesRef? Current { get; private set; }

        /// <summary>False when the side's place is unknown (an exact seek that did not find the term here).</summary>
        public bool Placed { get; private set; }

        /// <summary>True when the side holds the merged enum's current term.</summary>
        public bool On { get; set; }

        public void Next()
        {
            Current = Terms.MoveNext() ? Terms.Term : null;
            Placed = true;
        }

        /// <summary>Moves the side past <paramref name="term"/> (the merged enum's current term).</summary>
        public void Past(BytesRef term)
        {
            if (On)
            {
                Next();
            }
            else if (!Placed)
            {
                Ceil(term);
                if (Current is not null && Current.BytesEquals(term))
                {
                    Next();
                }
            }
        }

        public void Ceil(BytesRef text)
        {
            Current = Terms.SeekCeil(text) == TermsEnum.SeekStatus.END ? null : Terms.Term;
            Placed = true;
        }

        public bool Exact(BytesRef text)
        {
            On = Terms.SeekExact(text);
            Current = On ? Terms.Term : null;
            Placed = On;
            return On;
        }

        public void Exact(BytesRef term, TermState? state)
        {
            On = state is not null;
            if (On)
            {
                Terms.SeekExact(term, state);
            }
            Current = On ? Terms.Term : null;
            Placed = On;
        }
    }
}

/// <summary>Where a merged term stands in each field that holds it (null in a field that does not).</summary>
internal sealed class MergedTermState(TermState? own, TermState? other) : TermState
{
    public TermState? Own { get; private set; } = own;

    public TermState? Other { get; private set; } = other;

    public override void CopyFrom(TermState other)
    {
        var merged = (MergedTermState)other;
        Own = (TermState?)merged.Own?.Clone();
        Other = (TermState?)merged.Other?.Clone();
    }

    public override object Clone() => new MergedTermState((TermState?)Own?.Clone(), (TermState?)Other?.Clone());
}
