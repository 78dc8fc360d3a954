using System.Net;
using System.Text.Json;

namespace Dossier.Interop.Exporters.Iiif;

/// <summary>Writing helpers for IIIF Presentation 3.0 JSON: language maps, label/value pairs, references.</summary>
internal static class IiifJson
{
    /// <summary>A language map ({"en": ["…"]}); "none" where the value has no language.</summary>
    public static void LanguageMap(Utf8JsonWriter json, string property, string language, params string[] values)
    {
        json.WriteStartObject(property);
        json.WriteStartArray(language);
        foreach (var value in values)
        {
            json.WriteStringValue(PlainText(value));
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void LabelValue(Utf8JsonWriter json, string label, string language, params string[] values)
    {
        json.WriteStartObject();
        LanguageMap(json, "label", "en", label);
        LanguageMap(json, "value", language, values);
        json.WriteEndObject();
    }

    public static void Reference(Utf8JsonWriter json, Uri id, string type)
    {
        json.WriteStartObject();
        json.WriteString("id", id.AbsoluteUri);
        json.WriteString("type", type);
        json.WriteEndObject();
    }

    /// <summary>
    /// Clients render a value that starts with "&lt;" and ends with "&gt;" as HTML (Presentation 3.0, section 4.4);
    /// imported text must never be markup, so such a value is escaped and wrapped in a span, which shows it as written.
    /// </summary>
    public static string PlainText(string value)
    {
        var text = Dossier.Interop.Exporters.DublinCore.XmlChars.Clean(value.Trim());
        return text.StartsWith('<') && text.EndsWith('>') ? "<span>" + WebUtility.HtmlEncode(text) + "</span>" : text;
    }
}
