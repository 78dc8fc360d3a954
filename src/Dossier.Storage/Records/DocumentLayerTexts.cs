using System.Text.Json;
using Dossier.Core.Records;

namespace Dossier.Storage.Records;

/// <summary>
/// The layer texts of a stored document (<see cref="RecordJson"/> form), read straight from its UTF-8 without building
/// the record: a search page cuts its snippets from them.
/// </summary>
internal static class DocumentLayerTexts
{
    private static readonly byte[] Layers = "layers"u8.ToArray();
    private static readonly byte[] Text = "text"u8.ToArray();

    /// <summary>Each layer's text in layer order ("" for a layer without one); none when the document has no layers.</summary>
    /// <exception cref="JsonException">The document is not JSON.</exception>
    public static List<string> Read(ReadOnlySpan<byte> utf8)
    {
        var texts = new List<string>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return texts;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isLayers = reader.ValueTextEquals(Layers);
            reader.Read();
            if (isLayers && reader.TokenType == JsonTokenType.StartArray)
            {
                ReadLayers(ref reader, texts);
                return texts;
            }
            reader.Skip();
        }
        return texts;
    }

    private static void ReadLayers(ref Utf8JsonReader reader, List<string> texts)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            var text = "";
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isText = reader.ValueTextEquals(Text);
                reader.Read();
                if (isText && reader.TokenType == JsonTokenType.String)
                {
                    text = reader.GetString() ?? "";
                }
                else
                {
                    reader.Skip();
                }
            }
            texts.Add(text);
        }
    }
}
