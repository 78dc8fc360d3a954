using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dossier.Core.Records;

/// <summary>
/// The one JSON shape of Dossier's model (snake_case keys, enums as lower-case words), shared by
/// `dossier show --json`, the JSON Lines interchange format, the store and the API.
/// </summary>
public static class RecordJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    // Like the serializer's own transcoding, a lone surrogate is an error rather than a replacement character.
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            WriteIndented = indented,
            // Plain UTF-8 for every script; HTML-sensitive characters stay escaped by the default rules of this encoder.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize(ArchiveRecord record, bool indented = false) =>
        JsonSerializer.Serialize(record, indented ? Indented : Options);

    /// <remarks>
    /// A long document is parsed from its UTF-8 bytes: the serializer would otherwise transcode it into a pooled buffer
    /// of three times its length, which the pool keeps (60 MB for a record of a 20 MB layer, issue 15).
    /// </remarks>
    public static ArchiveRecord? Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return json.Length > LayerTextJsonConverter.Slice
            ? JsonSerializer.Deserialize<ArchiveRecord>(StrictUtf8.GetBytes(json), Options)
            : JsonSerializer.Deserialize<ArchiveRecord>(json, Options);
    }

    /// <summary>A record from its JSON's UTF-8 bytes (which the reader checks are UTF-8).</summary>
    public static ArchiveRecord? Deserialize(ReadOnlySpan<byte> utf8) => JsonSerializer.Deserialize<ArchiveRecord>(utf8, Options);
}
