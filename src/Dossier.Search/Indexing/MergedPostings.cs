using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Dossier.Search.Indexing;

/// <summary>
/// Where the two sides of a merged term's records stand (<see cref="MergedTerms"/>): each side's record is kept as it was
/// last read, so a step asks each list only for what moves it (a scorer steps through every record of a frequent term).
/// </summary>
/// <remarks>A mutable struct: keep it in a field that is not read-only, or every step would move a copy.</remarks>
internal struct MergedSides(DocsEnum own, DocsEnum other)
{
    private int _ownDoc = -1;
    private int _otherDoc = -1;

    /// <summary>Moves the sides on record <paramref name="doc"/> past it; the lesser record either side is on is next.</summary>
    public int Next(int doc)
    {
        if (_ownDoc == doc)
        {
            _ownDoc = own.NextDoc();
        }
        if (_otherDoc == doc)
        {
            _otherDoc = other.NextDoc();
        }
        return Math.Min(_ownDoc, _otherDoc);
    }

    /// <summary>Moves the sides before <paramref name="target"/> to it or past it; the lesser record either side is on is next.</summary>
    public int Advance(int target)
    {
        if (_ownDoc < target)
        {
            _ownDoc = own.Advance(target);
        }
        if (_otherDoc < target)
        {
            _otherDoc = other.Advance(target);
        }
        return Math.Min(_ownDoc, _otherDoc);
    }

    /// <summary>True when the field's own list holds record <paramref name="doc"/>.</summary>
    public readonly bool OwnOn(int doc) => _ownDoc == doc;

    /// <summary>True when the other field's list holds record <paramref name="doc"/>.</summary>
    public readonly bool OtherOn(int doc) => _otherDoc == doc;

    /// <summary>The term's occurrences in record <paramref name="doc"/>, in both fields.</summary>
    public readonly int Frequency(int doc) => (_ownDoc == doc ? own.Freq : 0) + (_otherDoc == doc ? other.Freq : 0);
}

/// <summary>A merged term's records (<see cref="MergedTerms"/>): those of both fields, once each, with the frequencies added.</summary>
internal sealed class MergedDocs(DocsEnum own, DocsEnum other) : DocsEnum
{
    private MergedSides _sides = new(own, other);
    private int _doc = -1;

    public override int DocID => _doc;

    public override int Freq => _sides.Frequency(_doc);

    public override int NextDoc() => _doc = _sides.Next(_doc);

    public override int Advance(int target) => _doc = _sides.Advance(target);

    public override long GetCost() => own.GetCost() + other.GetCost();
}

/// <summary>
/// A merged term's records with their positions (<see cref="MergedTerms"/>): each record's positions from both fields,
/// in order. The position last given carries its own field's payload and offsets.
/// </summary>
internal sealed class MergedPositions(DocsAndPositionsEnum own, DocsAndPositionsEnum other) : DocsAndPositionsEnum
{
    private MergedSides _sides = new(own, other);
    private int _doc = -1;
    private int _freq;
    private int _ownLeft;
    private int _otherLeft;
    private int _ownNext;
    private int _otherNext;
    private bool _started;
    private DocsAndPositionsEnum? _last;

    /// <summary>The one side holding the current record, or null when both do.</summary>
    private DocsAndPositionsEnum? _single;

    public override int DocID => _doc;

    public override int Freq => _freq;

    public override int StartOffset => _last?.StartOffset ?? -1;

    public override int EndOffset => _last?.EndOffset ?? -1;

    public override BytesRef GetPayload() => _last?.GetPayload()!;

    public override int NextDoc() => Settle(_sides.Next(_doc));

    public override int Advance(int target) => Settle(_sides.Advance(target));

    public override int NextPosition()
    {
        if (_single is { } single)
        {
            // One side holds the record: its positions as they come ("the" beside the few "the's" of another field).
            return single.NextPosition();
        }
        if (!_started)
        {
            // The first positions are read only when a reader asks for positions (a scorer may want frequencies only).
            _started = true;
            _ownNext = Read(own, ref _ownLeft);
            _otherNext = Read(other, ref _otherLeft);
        }
        else if (ReferenceEquals(_last, own))
        {
            _ownNext = Read(own, ref _ownLeft);
        }
        else
        {
            _otherNext = Read(other, ref _otherLeft);
        }
        if (_ownNext <= _otherNext)
        {
            _last = own;
            return _ownNext;
        }
        _last = other;
        return _otherNext;
    }

    public override long GetCost() => own.GetCost() + other.GetCost();

    private int Settle(int doc)
    {
        _doc = doc;
        _ownLeft = _sides.OwnOn(doc) && doc != NO_MORE_DOCS ? own.Freq : 0;
        _otherLeft = _sides.OtherOn(doc) && doc != NO_MORE_DOCS ? other.Freq : 0;
        _freq = _ownLeft + _otherLeft;
        _started = false;
        _single = _otherLeft == 0 ? own : _ownLeft == 0 ? other : null;
        _last = _single;
        return _doc;
    }

    /// <summary>A side's next position in the record, or <see cref="int.MaxValue"/> when it has none left.</summary>
    private static int Read(DocsAndPositionsEnum side, ref int left)
    {
        if (left == 0)
        {
            return int.MaxValue;
        }
        left--;
        return side.NextPosition();
    }
}
