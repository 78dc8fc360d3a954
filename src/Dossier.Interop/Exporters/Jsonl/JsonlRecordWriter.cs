using System.Buffers;
using System.Text.Json;
using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Exporting;
using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Interop.Exporters.Jsonl;

/// <summary>Writes Dossier's JSON Lines interchange format (JSON Lines, RFC 8259 JSON per line); the scheme is described on <see cref="JsonlFormat"/>.</summary>
public sealed class JsonlRecordWriter : IRecordWriter
{
    private static readonly byte[] LineEnd = "\n"u8.ToArray();

    public string Format => JsonlFormat.Name;

    /// <summary>Writes records only, one per line, in the order given (a store streams them in id order).</summary>
    public Task WriteAsync(IAsyncEnumerable<ArchiveRecord> records, Stream output, CancellationToken cancellationToken = default) =>
        WriteAsync([], AsyncEnumerable.Empty<Authority>(), records, output, cancellationToken);

    /// <summary>Writes the whole archive: collections, authorities, then records, each in id order.</summary>
    public async Task WriteArchiveAsync(IArchiveStore store, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var collections = await store.Collections.ListAsync(cancellationToken).ConfigureAwait(false);
        await WriteAsync(collections, store.Authorities.StreamAsync(cancellationToken), store.Records.StreamAsync(cancellationToken), output, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task WriteAsync(
        IEnumerable<Collection> collections,
        IAsyncEnumerable<Authority> authorities,
        IAsyncEnumerable<ArchiveRecord> records,
        Stream output,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collections);
        ArgumentNullException.ThrowIfNull(authorities);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = RecordJson.Options.Encoder, Indented = false });
        await using (writer.ConfigureAwait(false))
        {
            foreach (var collection in collections.OrderBy(c => c.Id, StringComparer.Ordinal))
            {
                WriteWrapped(writer, JsonlFormat.Collection, collection);
                await FlushLineAsync(writer, buffer, output, cancellationToken).ConfigureAwait(false);
            }
            await foreach (var authority in authorities.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                WriteWrapped(writer, JsonlFormat.Authority, authority);
                await FlushLineAsync(writer, buffer, output, cancellationToken).ConfigureAwait(false);
            }
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                JsonSerializer.Serialize(writer, record, RecordJson.Options);
                await FlushLineAsync(writer, buffer, output, cancellationToken).ConfigureAwait(false);
            }
        }
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteWrapped<T>(Utf8JsonWriter writer, string type, T value)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonlFormat.TypeMember, type);
        writer.WritePropertyName(type);
        JsonSerializer.Serialize(writer, value, RecordJson.Options);
        writer.WriteEndObject();
    }

    private static async Task FlushLineAsync(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, Stream output, CancellationToken cancellationToken)
    {
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(LineEnd, cancellationToken).ConfigureAwait(false);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
    }
}
