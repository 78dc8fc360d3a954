using System.Text.Json;
using Dossier.Core.Records;
using Dossier.Core.Search;

namespace Dossier.Storage.Records;

/// <summary>
/// Reads stored record documents so that one that cannot be read (damaged, or edited by hand behind the store's back)
/// is named with the reason instead of ending a stream of records.
/// </summary>
internal static class UnreadableRecords
{
    /// <summary>The failures a bad document causes; anything else (the connection, cancellation) still ends the stream.</summary>
    public static bool IsDocumentProblem(Exception e) =>
        e is JsonException or InvalidDataException or NotSupportedException or ArgumentException or FormatException or InvalidOperationException
        && e is not OperationCanceledException and not ObjectDisposedException;

    public static string Reason(Exception e) => $"the stored record cannot be read: {e.GetType().Name}: {FirstLine(e.Message)}";

    /// <summary>The record in a row's stored document (<see cref="StoredDocument"/>), or null after handing its id and the reason to <paramref name="unreadable"/>.</summary>
    public static ArchiveRecord? TryRead(string id, byte[] stored, Func<string, ArchiveRecord> read, Action<SkippedRecord> unreadable)
    {
        try
        {
            return read(StoredDocument.Text(stored));
        }
        catch (Exception e) when (IsDocumentProblem(e))
        {
            unreadable(new SkippedRecord(id, Reason(e)));
            return null;
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
