using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Dossier.Search.Indexing;

/// <summary>A merged term's records (<see cref="MergedTerms"/>): those of both fields, once each, with the frequencies added.</summary>
internal sealed class MergedDocs(DocsEnum own, DocsEnum other) : DocsEnum
{
    private int _doc = -1;

    public override int DocID => _doc;

    public override int Freq => Frequency(own, other, _doc);

    public override int NextDoc() => _doc = Next(own, other, _doc);

    public override int Advance(int target) => _doc = Advance(own, other, target);

    public override long GetCost() => own.GetCost() + other.GetCost();

    /// <summary>Moves the sides on record <paramref name="doc"/> past it; the lesser record either side is on is next.</summary>
    internal static int Next(DocsEnum own, DocsEnum other, int doc)
    {
        if (own.DocID == doc)
        {
            own.NextDoc();
        }
        if (other.DocID == doc)
        {
            other.NextDoc();
        }
        return Math.Min(own.DocID, other.DocID);
    }

    /// <summary>Moves the sides before <paramref name="target"/> to it or past it; the lesser record either side is on is next.</summary>
    internal static int Advance(DocsEnum own, DocsEnum other, int target)
    {
        if (own.DocID < target)
        {
            own.Advance(target);
        }
        if (other.DocID < target)
        {
            other.Advance(target);
        }
        return Math.Min(own.DocID, other.DocID);
    }

    /// <summary>The term's occurrences in record <paramref name="doc"/>, in both fields.</summary>
    internal static int Frequency(DocsEnum own, DocsEnum other, int doc) =>
        (own.DocID == doc ? own.Freq : 0) + (other.DocID == doc ? other.Freq : 0);
}

/// <summary>
/// A merged term's records with their positions (<see cref="MergedTerms"/>): each record's positions from both fields,
/// in order. The position last given carries its own field's payload and offsets.
/// </summary>
internal sealed class MergedPositions(DocsAndPositionsEnum own, DocsAndPositionsEnum other) : DocsAndPositionsEnum
{
    private int _doc = -1;
    private int _ownLeft;
    private int _otherLeft;
    private int _ownNext;
    private int _otherNext;
    private bool _started;
    private DocsAndPositionsEnum? _last;

    public override int DocID => _doc;

    public override int Freq => MergedDocs.Frequency(own, other, _doc);

    public override int StartOffset => _last?.StartOffset ?? -1;

    public override int EndOffset => _last?.EndOffset ?? -1;

    public override BytesRef GetPayload() => _last?.GetPayload()!;

    public override int NextDoc() => Settle(MergedDocs.Next(own, other, _doc));

    public override int Advance(int target) => Settle(MergedDocs.Advance(own, other, target));

    public override int NextPosition()
    {
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
        _ownLeft = own.DocID == _doc && _doc != NO_MORE_DOCS ? own.Freq : 0;
        _otherLeft = other.DocID == _doc && _doc != NO_MORE_DOCS ? other.Freq : 0;
        _started = false;
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
