using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dossier.Core.Citations;

/// <summary>
/// CSL-JSON (Citation Style Language 1.0.2 input data, csl-data.json): an archival document is a "manuscript" with
/// archive, archive_location and archive_collection; a document of an edition is a "chapter" of its volume.
/// </summary>
public static class CslJsonCitation
{
    /// <summary>A JSON array of one item, the form CSL processors and Zotero import.</summary>
    public static string Format(CitedWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Format([work]);
    }

    public static string Format(IEnumerable<CitedWork> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var work in works)
            {
                WriteItem(json, work);
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void WriteItem(Utf8JsonWriter json, CitedWork work)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(work);
        json.WriteStartObject();
        json.WriteString("id", work.Id);
        json.WriteString("type", work.Edition is null ? "manuscript" : "chapter");
        json.WriteString("title", work.Title);
        if (work.Date is { } date)
        {
            WriteDate(json, "issued", CitationDates.Parts(date));
        }
        WriteNames(json, "author", work.Authors);
        WriteNames(json, "translator", work.Translators);
        if (work.Edition is { } edition)
        {
            json.WriteString("container-title", edition.Title);
            WriteNames(json, "editor", edition.Editors);
            Write(json, "number", edition.Number);
            Write(json, "publisher", edition.Publisher);
            Write(json, "note", work.ReferenceText);
        }
        else if (work.Reference is { } reference)
        {
            Write(json, "archive", reference.Repository ?? reference.RepositoryRecord?.Name);
            Write(json, "archive_location", ReferenceFormatter.Location(reference) ?? (reference.Levels.Count == 0 ? reference.Text : null));
            Write(json, "archive_collection", reference.Series);
            if (reference.Microfilm || reference.Reel is not null)
            {
                json.WriteString("medium", reference.Reel is null ? "microfilm" : "microfilm, reel " + reference.Reel);
            }
        }
        json.WriteString("source", work.SiteName);
        Write(json, "URL", work.Url);
        if (work.Accessed is { } accessed)
        {
            WriteDate(json, "accessed", [[accessed.Year, accessed.Month, accessed.Day]]);
        }
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteDate(Utf8JsonWriter json, string name, int[][] parts)
    {
        json.WriteStartObject(name);
        json.WriteStartArray("date-parts");
        foreach (var part in parts)
        {
            json.WriteStartArray();
            foreach (var number in part)
            {
                json.WriteNumberValue(number);
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter json, string name, IReadOnlyList<CitedName> names)
    {
        if (names.Count == 0)
        {
            return;
        }
        json.WriteStartArray(name);
        foreach (var person in names)
        {
            json.WriteStartObject();
            if (person.Literal is { } literal)
            {
                json.WriteString("literal", literal);
            }
            else
            {
                json.WriteString("family", person.Family);
                if (person.Given is { } given)
                {
                    json.WriteString("given", given);
                }
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
