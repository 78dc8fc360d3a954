using System.Text.Json;
using System.Text.Json.Serialization;
using Dossier.Core.Records;

namespace Dossier.Storage.Records;

/// <summary>
/// Reads a stored layer as its kind and language only, skipping its text, pages, notes and provenance without
/// unescaping or keeping them: what a catalogue of the archive needs of a layer, at a fraction of the cost of reading
/// the whole record. Read-only: a catalogue record is never written back.
/// </summary>
internal sealed class LayerLanguageConverter : JsonConverter<TextLayer>
{
    private static readonly JsonConverter<LayerKind> Kinds =
        (JsonConverter<LayerKind>)RecordJson.Options.GetConverter(typeof(LayerKind));

    public override TextLayer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a stored layer is not an object");
        }
        var layer = new TextLayer();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.ValueTextEquals("lang"u8) ? 1 : reader.ValueTextEquals("kind"u8) ? 2 : 0;
            reader.Read();
            switch (name)
            {
                case 1:
                    layer.Lang = reader.GetString() ?? "und";
                    break;
                case 2:
                    layer.Kind = Kinds.Read(ref reader, typeof(LayerKind), RecordJson.Options);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        return layer;
    }

    public override void Write(Utf8JsonWriter writer, TextLayer value, JsonSerializerOptions options) =>
        throw new NotSupportedException("catalogue records are read only");
}
