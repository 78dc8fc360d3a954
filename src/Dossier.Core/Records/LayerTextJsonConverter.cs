using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dossier.Core.Records;

/// <summary>
/// Writes a layer's text (up to <see cref="Importing.ImportLimits.MaxLayerLength"/> characters) to JSON in slices.
/// </summary>
/// <remarks>
/// <see cref="Utf8JsonWriter.WriteStringValue(string)"/> escapes a string that needs it (every text with a quote or a
/// line break) into one pooled buffer of six times its length: 240 MB for a 20 MB layer, kept by the pool after the
/// write (issue 15). Slices go through <see cref="Utf8JsonWriter.WriteStringValueSegment(ReadOnlySpan{char}, bool)"/>,
/// which writes the same bytes (RFC 8259 string, escaped by the writer's encoder) with small buffers. A slice never
/// ends between the two halves of a surrogate pair, so every character is escaped as a whole.
/// </remarks>
public sealed class LayerTextJsonConverter : JsonConverter<string>
{
    /// <summary>Characters per slice; a text no longer than this is written at once.</summary>
    public const int Slice = 16 * 1024;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("a layer's text is a JSON string");
        }
        if (reader.HasValueSequence || reader.ValueSpan.Length <= Slice)
        {
            return reader.GetString();
        }
        // GetString would unescape a long text into a pooled buffer the pool keeps; this one is dropped after use.
        var utf8 = new byte[reader.ValueSpan.Length];
        var length = reader.CopyString(utf8);
        return Encoding.UTF8.GetString(utf8, 0, length);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= Slice)
        {
            writer.WriteStringValue(value);
            return;
        }
        var rest = value.AsSpan();
        while (rest.Length > Slice)
        {
            var length = char.IsHighSurrogate(rest[Slice - 1]) ? Slice - 1 : Slice;
            writer.WriteStringValueSegment(rest[..length], isFinalSegment: false);
            rest = rest[length..];
        }
        writer.WriteStringValueSegment(rest, isFinalSegment: true);
    }
}
