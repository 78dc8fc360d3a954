using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Interop.Exporters.Jsonl;

namespace Dossier.Interop.Importers.Jsonl;

/// <summary>
/// Reads Dossier's JSON Lines interchange format (JSON Lines of RFC 8259 JSON; the scheme is on <see cref="JsonlFormat"/>),
/// line by line: every line is checked to be strict UTF-8, one JSON object, and a valid record, authority or collection.
/// </summary>
public sealed class JsonlRecordReader(ImportLimits? limits = null) : IRecordReader
{
    // A record is a few levels deep; the reader's own limit (not recursion into what a line nests) refuses more.
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = JsonlFormat.MaxDepth };

    private readonly ImportLimits _limits = limits ?? ImportLimits.Default;

    public string Format => JsonlFormat.Name;

    public bool CanRead(string path, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        if (extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var text = head.StartsWith(Encoding.UTF8.Preamble) ? head[Encoding.UTF8.Preamble.Length..] : head;
        text = text.TrimStart(" \t\r\n"u8);
        return !text.IsEmpty && text[0] == (byte)'{';
    }

    public async Task ReadAsync(ImportSource source, IImportSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sink);
        var stream = source.Open();
        await using (stream.ConfigureAwait(false))
        {
            var lines = new JsonlLineReader(stream, _limits.MaxRecordBytes);
            var ids = new RecordLines(source.Path);
            var number = 0;
            while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (line.Length > _limits.MaxRecordBytes)
                {
                    throw new ImportException(source.Path, number + 1, null, $"the line is longer than the {_limits.MaxRecordBytes / (1024 * 1024)} MB a record may be");
                }
                number++;
                var bytes = number == 1 && line.Span.StartsWith(Encoding.UTF8.Preamble) ? line[Encoding.UTF8.Preamble.Length..] : line;
                if (bytes.Span.Trim(" \t"u8).IsEmpty)
                {
                    continue;
                }
                await ReadLineAsync(source.Path, number, bytes, sink, ids, cancellationToken).ConfigureAwait(false);
                source.Progress?.Report(lines.BytesRead);
            }
        }
    }

    private async ValueTask ReadLineAsync(string file, int number, ReadOnlyMemory<byte> bytes, IImportSink sink, RecordLines ids, CancellationToken cancellationToken)
    {
        if (!Utf8.IsValid(bytes.Span))
        {
            throw new ImportException(file, number, null, "the line is not valid UTF-8", FirstInvalidColumn(bytes.Span));
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException e)
        {
            var column = e.BytePositionInLine is { } position ? (int)position + 1 : (int?)null;
            var tooDeep = e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase);
            throw new ImportException(file, number, null, tooDeep ? $"nested too deeply (more than {JsonlFormat.MaxDepth} levels)" : "not valid JSON", column, e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ImportException(file, number, null, "each line must be one JSON object");
            }
            if (!root.TryGetProperty(JsonlFormat.TypeMember, out var type))
            {
                var record = Deserialize<ArchiveRecord>(file, number, root, "");
                JsonlValidation.Check(file, number, record);
                FieldLimits.Check(_limits, file, number, record);
                ids.Add(number, record);
                await sink.AddRecordAsync(record, cancellationToken).ConfigureAwait(false);
                return;
            }
            switch (type.ValueKind == JsonValueKind.String ? type.GetString() : null)
            {
                case JsonlFormat.Authority:
                    var authority = Deserialize<Authority>(file, number, Member(file, number, root, JsonlFormat.Authority), JsonlFormat.Authority + ".");
                    JsonlValidation.Check(file, number, authority);
                    FieldLimits.Check(_limits, file, number, authority);
                    await sink.AddAuthorityAsync(authority, cancellationToken).ConfigureAwait(false);
                    break;
                case JsonlFormat.Collection:
                    var collection = Deserialize<Collection>(file, number, Member(file, number, root, JsonlFormat.Collection), JsonlFormat.Collection + ".");
                    JsonlValidation.Check(file, number, collection);
                    FieldLimits.Check(_limits, file, number, collection);
                    await sink.AddCollectionAsync(collection, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    throw new ImportException(file, number, JsonlFormat.TypeMember, $"must be \"{JsonlFormat.Authority}\" or \"{JsonlFormat.Collection}\" (a record line has no type)");
            }
        }
    }

    private static JsonElement Member(string file, int number, JsonElement root, string name) =>
        root.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.Object
            ? member
            : throw new ImportException(file, number, name, "missing (an object is expected beside \"type\")");

    private static T Deserialize<T>(string file, int number, JsonElement element, string fieldPrefix)
        where T : class
    {
        try
        {
            return element.Deserialize<T>(RecordJson.Options) ?? throw new ImportException(file, number, null, "the line holds null");
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
            throw new ImportException(file, number, fieldPrefix + field, "has a value of the wrong type or an unknown name", null, e);
        }
    }

    private static int FirstInvalidColumn(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            Utf8.ToUtf16(bytes, chars, out var valid, out _, replaceInvalidSequences: false);
            return valid + 1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
