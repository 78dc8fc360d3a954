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

    public static ArchiveRecord? Deserialize(string json) => JsonSerializer.Deserialize<ArchiveRecord>(json, Options);
}
