using System.Text.Json;
using System.Text.Json.Nodes;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Dossier.Core.Records;

namespace Dossier.Core.Editing;

/// <summary>
/// Field-level comparison of two versions of a record, on the record's JSON form (so every field the model has, or
/// gains, is compared), with a line diff for the text of layers, summaries and notes.
/// </summary>
public static class RecordDiff
{
    /// <summary>Fields long enough to be read as text: compared line by line.</summary>
    private const int TextLength = 80;

    public static IReadOnlyList<FieldChange> Compare(ArchiveRecord before, ArchiveRecord after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = Flatten(JsonSerializer.SerializeToNode(before, RecordJson.Options));
        var @new = Flatten(JsonSerializer.SerializeToNode(after, RecordJson.Options));
        var changes = new List<FieldChange>();
        // Fields in the newer version's order, then those only the older one had.
        foreach (var field in @new.Keys.Concat(old.Keys.Where(k => !@new.ContainsKey(k))))
        {
            old.TryGetValue(field, out var was);
            @new.TryGetValue(field, out var @is);
            if (string.Equals(was, @is, StringComparison.Ordinal))
            {
                continue;
            }
            var isText = (was?.Length ?? 0) > TextLength || (@is?.Length ?? 0) > TextLength
                || (was?.Contains('\n', StringComparison.Ordinal) ?? false) || (@is?.Contains('\n', StringComparison.Ordinal) ?? false);
            changes.Add(new FieldChange(field, was, @is, isText ? Lines(was ?? "", @is ?? "") : []));
        }
        return changes;
    }

    /// <summary>A line diff of two texts (DiffPlex's Myers diff).</summary>
    public static IReadOnlyList<DiffLine> Lines(string before, string after)
    {
        var model = InlineDiffBuilder.Diff(before, after, ignoreWhiteSpace: false);
        return model.Lines
            .Where(l => l.Type != ChangeType.Imaginary)
            .Select(l => new DiffLine(l.Type switch
            {
                ChangeType.Deleted => DiffLineKind.Removed,
                ChangeType.Inserted => DiffLineKind.Added,
                _ => DiffLineKind.Kept,
            }, l.Text ?? ""))
            .ToList();
    }

    private static Dictionary<string, string?> Flatten(JsonNode? root)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        Walk(root, "", fields);
        return fields;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string?> fields)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Walk(child, path.Length == 0 ? name : path + "." + name, fields);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", fields);
                }
                break;
            case JsonValue value:
                fields[path] = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                break;
            default:
                // null: a field with no value is the same as one that is absent.
                break;
        }
    }
}
