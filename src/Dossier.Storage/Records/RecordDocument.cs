using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dossier.Core.Records;

namespace Dossier.Storage.Records;

/// <summary>
/// A record's stored document (<see cref="RecordJson"/> form) and its content hash, written once as UTF-8.
/// </summary>
/// <remarks>
/// <see cref="JsonSerializer.Serialize{TValue}(TValue, JsonSerializerOptions?)"/> to a string grows a pooled buffer by
/// doubling (the pool keeps the largest) and the hash then encodes the string to UTF-8 again: for a 20 MB layer about
/// 150 MB at once (issue 15). Here the buffer is sized from the layers' UTF-8 length up front and the hash is taken
/// from it. The bytes are the same as <see cref="RecordJson.Serialize"/>'s; a row keeps them packed (<see cref="StoredDocument"/>),
/// and only when the record changed.
/// </remarks>
internal static class RecordDocument
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = RecordJson.Options.Encoder,
        Indented = false,
        SkipValidation = true,
    };

    /// <summary>The record's document as UTF-8 (in a buffer that may be longer: <c>Utf8.Span</c> is the document) and its hash.</summary>
    public static (ReadOnlyMemory<byte> Utf8, string Hash) Write(ArchiveRecord record)
    {
        var buffer = new ArrayBufferWriter<byte>(EstimatedBytes(record));
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, record, RecordJson.Options);
        }
        return (buffer.WrittenMemory, Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan)));
    }

    // The texts are almost all of a big record; an eighth more covers their escapes (quotes, line breaks) and the rest.
    private static int EstimatedBytes(ArchiveRecord record)
    {
        long bytes = 16 * 1024;
        foreach (var layer in record.Layers)
        {
            bytes += Encoding.UTF8.GetByteCount(layer.Text ?? "") * 9L / 8 + layer.Pages.Count * 64L + layer.Notes.Count * 256L;
        }
        bytes += (record.Mentions?.Count ?? 0) * 160L;
        return (int)Math.Min(bytes, Array.MaxLength);
    }
}
