using System.Globalization;
using System.Text;
using Lucene.Net.Util;

namespace Dossier.Search.Indexing;

/// <summary>
/// Where a record's searched parts lie in its text fields, in the order the index holds them (see
/// <see cref="Dossier.Core.Search.SearchableText"/>): each layer's text, then the description, then each layer's footnotes
/// (for the layers that have some). Per part: its indexed length, whether it is OCR text, the kind and language of its
/// layer, and whose it is. Kept as one binary doc value per record, so snippets place a match in its part (from a word
/// field's position and <see cref="WordSpans"/>, or the ocr field's offsets) before any stored text is read, and then read
/// only the text of the parts that matched.
/// </summary>
/// <param name="Length">The part's indexed length in characters.</param>
/// <param name="Ocr">True for an OCR layer's text, which only the ocr field holds.</param>
/// <param name="Kind">The layer's kind (for the description, "description").</param>
/// <param name="Lang">The language the part is analysed in.</param>
/// <param name="Part">Which part of the record it is.</param>
/// <param name="Layer">The layer whose text or footnotes it is; -1 for the description.</param>
internal readonly record struct LayerLayout(int Length, bool Ocr, string Kind, string Lang, LayoutPart Part, int Layer)
{
    /// <summary>The description's part: analysed as English, in the word fields and English stems.</summary>
    public static LayerLayout Description(int length) => new(length, false, "description", "en", LayoutPart.Description, -1);

    /// <summary>True for a part with stored text that snippets can show (a layer's text or its footnotes, not the description).</summary>
    public bool Shown => Part != LayoutPart.Description;

    public static BytesRef Encode(IEnumerable<LayerLayout> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(char)part.Part} {part.Layer} {part.Length} {(part.Ocr ? 1 : 0)} {part.Kind} {part.Lang}\n");
        }
        return new BytesRef(Encoding.UTF8.GetBytes(text.ToString()));
    }

    public static List<LayerLayout> Decode(BytesRef bytes)
    {
        var parts = new List<LayerLayout>(2);
        var text = Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length).AsSpan();
        foreach (var range in text.Split('\n'))
        {
            if (Parse(text[range]) is { } part)
            {
                parts.Add(part);
            }
        }
        return parts;
    }

    /// <summary>One line of <see cref="Encode"/>: "part layer length ocr kind lang"; null for a line that is not one.</summary>
    private static LayerLayout? Parse(ReadOnlySpan<char> line)
    {
        Span<Range> fields = stackalloc Range[6];
        if (line.Split(fields, ' ') != 6)
        {
            return null;
        }
        var part = line[fields[0]];
        if (part.Length == 1 && Enum.IsDefined((LayoutPart)part[0])
            && int.TryParse(line[fields[1]], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var layer)
            && int.TryParse(line[fields[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return new LayerLayout(length, line[fields[3]] is "1", line[fields[4]].ToString(), line[fields[5]].ToString(), (LayoutPart)part[0], layer);
        }
        return null;
    }

    /// <summary>
    /// True when the field holds the part's words: a layer's text in the ocr field when it is OCR text, else in the word
    /// fields and its language's stem field; the description and the footnotes in the word fields and their language's
    /// stem field, never in ocr.
    /// </summary>
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

    /// <summary>
    /// True when the field has an instance for the part, if an empty one: every text field has one per layer (so the
    /// layers line up), the description and footnotes only in the fields that hold them.
    /// </summary>
    public bool HasInstanceIn(string field) => Part == LayoutPart.Text || IsIn(field);
}
