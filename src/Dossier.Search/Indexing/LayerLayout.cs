using System.Globalization;
using System.Text;
using Lucene.Net.Util;

namespace Dossier.Search.Indexing;

/// <summary>
/// Where a record's layers lie in its text fields: each layer's indexed length, whether it is OCR text, its kind and its language
/// (which fields hold it). Kept as one binary doc value per record, so snippets place a match in its layer (from a word
/// field's position and <see cref="WordSpans"/>, or the ocr field's offsets) before any stored text is read, and then
/// read only the text of the layers that matched.
/// </summary>
internal readonly record struct LayerLayout(int Length, bool Ocr, string Kind, string Lang)
{
    public static BytesRef Encode(IEnumerable<LayerLayout> layers)
    {
        var text = new StringBuilder();
        foreach (var layer in layers)
        {
            text.Append(CultureInfo.InvariantCulture, $"{layer.Length} {(layer.Ocr ? 1 : 0)} {layer.Kind} {layer.Lang}\n");
        }
        return new BytesRef(Encoding.UTF8.GetBytes(text.ToString()));
    }

    public static List<LayerLayout> Decode(BytesRef bytes)
    {
        var layers = new List<LayerLayout>();
        var text = Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ', 4);
            if (parts.Length == 4 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                layers.Add(new LayerLayout(length, string.Equals(parts[1], "1", StringComparison.Ordinal), parts[2], parts[3]));
            }
        }
        return layers;
    }

    /// <summary>True when the layer is indexed into <paramref name="field"/> (OCR text only in ocr, a stem field only for its language).</summary>
    public bool IsIn(string field)
    {
        if (string.Equals(field, Analysis.SearchFields.Ocr, StringComparison.Ordinal))
        {
            return Ocr;
        }
        if (Ocr)
        {
            return false;
        }
        return !field.StartsWith(Analysis.SearchFields.StemPrefix, StringComparison.Ordinal)
            || string.Equals(field, IndexAnalysis.StemField(Lang), StringComparison.Ordinal);
    }
}
