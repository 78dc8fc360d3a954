using Dossier.Core.Records;
using Dossier.Search.Visibility;
using Lucene.Net.Index;

namespace Dossier.Search.Indexing;

/// <summary>
/// Writes one record's document, and never lets one record stop the index: a record whose document cannot be built
/// or written is left out of the index (any older version of it removed), recorded in <see cref="IndexSkips"/>, and
/// indexed again when it next changes.
/// </summary>
internal static class RecordIndexing
{
    /// <summary>
    /// Indexes <paramref name="record"/> as it is now, or drops <paramref name="id"/> when the store no longer has it;
    /// a record the store holds but could not give back (<paramref name="unreadable"/> says why) is dropped and skipped.
    /// </summary>
    public static void Apply(IndexWriter writer, RestrictedIndex restricted, DateTimeOffset now, string id, ArchiveRecord? record, IndexSkips skips, string? unreadable = null)
    {
        if (record is null)
        {
            Delete(writer, restricted, id);
            if (unreadable is null)
            {
                skips.Remove(id);
            }
            else
            {
                skips.Add(id, unreadable);
            }
            return;
        }
        Write(writer, restricted, now, record, skips, replace: true);
    }

    /// <summary>Adds <paramref name="record"/> to an index known not to hold it (a rebuild).</summary>
    public static void Add(IndexWriter writer, RestrictedIndex restricted, DateTimeOffset now, ArchiveRecord record, IndexSkips skips) =>
        Write(writer, restricted, now, record, skips, replace: false);

    private static void Write(IndexWriter writer, RestrictedIndex restricted, DateTimeOffset now, ArchiveRecord record, IndexSkips skips, bool replace)
    {
        try
        {
            if (IndexTerms.TooLong(record.Id))
            {
                // A cut id could name another record: such a record cannot be kept apart in the index.
                throw new ArgumentException($"the record id is {record.Id.Length:N0} characters, longer than one index term may be");
            }
            // The restricted index routes it: records public now to the main index, the rest to the restricted one.
            if (replace)
            {
                restricted.Update(writer, record, now);
            }
            else
            {
                restricted.Add(writer, record, now);
            }
            skips.Remove(record.Id);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException and not ObjectDisposedException)
        {
            if (replace)
            {
                Delete(writer, restricted, record.Id);
            }
            skips.Add(record.Id, $"{e.GetType().Name}: {FirstLine(e.Message)}");
        }
    }

    private static void Delete(IndexWriter writer, RestrictedIndex restricted, string id)
    {
        if (!IndexTerms.TooLong(id))
        {
            restricted.Delete(writer, id);
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
