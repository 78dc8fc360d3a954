using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Dossier.Search.Indexing;

/// <summary>
/// Per-segment columns read once on first use and shared by every thread and reader of the segment, as
/// <see cref="Facets.SegmentFacets"/> is: record dates (<see cref="IndexFields.DateSort"/>, where each date starts) as
/// a plain array, since doc values are read from the index file at every call, behind the file's lock, which many
/// threads at once queue on (ranking related documents reads a date for each of thousands of records); and record ids.
/// </summary>
internal static class SegmentColumns
{
    private static readonly ConditionalWeakTable<object, int[]> Starts = [];

    private static readonly ConditionalWeakTable<object, SortedDocValues> Ids = [];

    /// <summary>Each document's start as a day number (yyyyMMdd), 0 for a record without a date.</summary>
    public static int[] StartsOf(AtomicReader reader) =>
        Starts.GetValue(reader.CoreCacheKey, _ => Read(reader));

    /// <summary>
    /// Each document's record id, from the field cache (searches sort ties by id, so it holds them already), kept here
    /// too: every ask of the field cache takes one lock, which concurrent requests queued on.
    /// </summary>
    public static SortedDocValues IdsOf(AtomicReader reader) =>
        Ids.GetValue(reader.CoreCacheKey, _ => Lucene.Net.Search.FieldCache.DEFAULT.GetTermsIndex(reader, IndexFields.Id));

    /// <summary>A day number of <see cref="StartsOf"/> as a date; null for 0.</summary>
    public static DateOnly? ToDate(int dayNumber) =>
        dayNumber == 0 ? null : new DateOnly(dayNumber / 10000, dayNumber / 100 % 100, dayNumber % 100);

    private static int[] Read(AtomicReader reader)
    {
        var starts = new int[reader.MaxDoc];
        if (reader.GetDocsWithField(IndexFields.DateSort) is { } dated && reader.GetNumericDocValues(IndexFields.DateSort) is { } values)
        {
            for (var doc = 0; doc < starts.Length; doc++)
            {
                starts[doc] = dated.Get(doc) ? (int)values.Get(doc) : 0;
            }
        }
        return starts;
    }
}
