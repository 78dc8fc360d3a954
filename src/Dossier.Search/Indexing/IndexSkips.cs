using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Dossier.Core.Search;

namespace Dossier.Search.Indexing;

/// <summary>
/// The records catch-up could not index, by record id. Kept in each Lucene commit's user data beside the applied
/// sequence, so a restarted process, <c>dossier check</c> and <c>dossier reindex</c> all see the same list.
/// </summary>
internal sealed class IndexSkips
{
    public const string CommitKey = "dossier.skipped";

    /// <summary>A reason is one line of the failure: enough to act on, small enough for the commit data.</summary>
    private const int MaxReasonLength = 300;

    private readonly ConcurrentDictionary<string, string> _reasons = new(StringComparer.Ordinal);

    public int Count => _reasons.Count;

    public void Add(string id, string reason) =>
        _reasons[id] = reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength] + "…";

    public void Remove(string id) => _reasons.TryRemove(id, out _);

    public void Clear() => _reasons.Clear();

    public IReadOnlyList<SkippedRecord> Snapshot() =>
        _reasons.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new SkippedRecord(p.Key, p.Value)).ToList();

    public string Serialize()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var skipped in Snapshot())
            {
                json.WriteString(skipped.Id, skipped.Reason);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The skips a commit recorded; none when it recorded none or the value cannot be read.</summary>
    public static IndexSkips Parse(IDictionary<string, string>? commitData)
    {
        var skips = new IndexSkips();
        if (commitData is null || !commitData.TryGetValue(CommitKey, out var text) || string.IsNullOrEmpty(text))
        {
            return skips;
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                skips.Add(property.Name, property.Value.GetString() ?? "");
            }
        }
        catch (JsonException)
        {
            // A damaged list is forgotten: `dossier check` still finds the records missing from the index.
        }
        return skips;
    }
}
