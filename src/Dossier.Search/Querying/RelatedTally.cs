using System.Collections.Concurrent;

namespace Dossier.Search.Querying;

/// <summary>
/// What <see cref="RelatedRecords"/> counts for each record it meets, in columns indexed by the record's index-wide
/// document number: how many of the document's names it shares, which of the first <see cref="Marked"/> they are (bit n
/// for the n-th name cited), and whether it is of the same day; and the records met, in the order met. A document page
/// meets thousands of records (every posting of every name not common), and a column is read and written at a record's
/// number where a hash table hashed it and probed: the table was a tenth of a document page's time.
/// </summary>
/// <remarks>
/// A tally is as long as the index has documents (17 bytes each: 0.5 MB for the 100 FRUS volumes, 17 MB for a million
/// records), so tallies are shared: a page rents one and returns it cleared of the records it met, and at most
/// <see cref="Kept"/> wait between pages (a page finds related records without awaiting, so no more than the threads
/// running at once hold one).
/// </remarks>
internal sealed class RelatedTally
{
    /// <summary>Names marked as counted; a record sharing any further name has it read back from the postings.</summary>
    public const int Marked = 64;

    private static readonly int Kept = Math.Max(2, Environment.ProcessorCount * 2);

    private static readonly ConcurrentBag<RelatedTally> Free = [];

    private int[] _shared = [];
    private ulong[] _names = [];
    private bool[] _sameDay = [];
    private int[] _met = [];
    private int _count;


    /// <summary>The records met (index-wide numbers), in the order met; a dropped one stays, with a score of 0.</summary>
    public ReadOnlySpan<int> Met => _met.AsSpan(0, _count);

    /// <summary>A cleared tally for an index of <paramref name="maxDoc"/> documents.</summary>
    public static RelatedTally Rent(int maxDoc)
    {
        var tally = Free.TryTake(out var kept) ? kept : new RelatedTally();
        if (tally._shared.Length < maxDoc)
        {
            tally._shared = new int[maxDoc];
            tally._names = new ulong[maxDoc];
            tally._sameDay = new bool[maxDoc];
            tally._met = new int[maxDoc];
        }
        return tally;
    }

    /// <summary>Clears what the page counted and keeps the tally for another page, unless enough are kept.</summary>
    public static void Return(RelatedTally tally)
    {
        for (var i = 0; i < tally._count; i++)
        {
            var doc = tally._met[i];
            tally._shared[doc] = 0;
            tally._names[doc] = 0;
            tally._sameDay[doc] = false;
        }
        tally._count = 0;
        if (Free.Count < Kept)
        {
            Free.Add(tally);
        }
    }

    /// <summary>Counts one more shared name for <paramref name="doc"/>, marked with <paramref name="bit"/> (0 past the marked names).</summary>
    public void Share(int doc, ulong bit)
    {
        Meet(doc);
        _shared[doc]++;
        _names[doc] |= bit;
    }

    public void OfSameDay(int doc)
    {
        Meet(doc);
        _sameDay[doc] = true;
    }

    /// <summary>Leaves <paramref name="doc"/> out (the document itself): it scores 0.</summary>
    public void Drop(int doc)
    {
        _shared[doc] = 0;
        _sameDay[doc] = false;
    }

    public int ScoreOf(int doc) => Core.Search.RelatedCandidate.ScoreOf(_shared[doc], _sameDay[doc]);

    public ulong NamesOf(int doc) => _names[doc];

    public bool IsOfSameDay(int doc) => _sameDay[doc];

    private void Meet(int doc)
    {
        if (_shared[doc] == 0 && !_sameDay[doc] && _names[doc] == 0)
        {
            _met[_count++] = doc;
        }
    }
}
