using System.Text;
using System.Text.Json;
using Dossier.Core.Importing;

namespace Dossier.Interop.Importers.Csv;

/// <summary>
/// Which column holds which field. A mapping file is a JSON object from field to column header, e.g.
/// <c>{"title": "Headline", "date": "Written", "text": "Transcript", "archive": "=Hoover Institution"}</c>;
/// a value starting with "=" is a constant for every row. Fields not mapped fall back to common header names.
/// Fields: id, url, archive, title, date, place, text, summary, authors, contributors, participants, places, subjects, people,
/// organisations, source, repository, language, text_language, rights.
/// </summary>
public sealed class CsvColumnMapping
{
    private static readonly Dictionary<string, string[]> Defaults = new(StringComparer.Ordinal)
    {
        ["id"] = ["record_id", "recordid", "id", "identifier", "document_id"],
        ["url"] = ["document_url", "url", "link", "uri"],
        ["archive"] = ["archive", "source_archive"],
        ["title"] = ["title", "document_title", "name"],
        ["date"] = ["date", "original_publication_date", "publication_date", "document_date", "created"],
        ["place"] = ["place_of_writing", "place_written"],
        ["text"] = ["text", "text_body", "transcript", "transcription", "full_text", "body", "content"],
        ["summary"] = ["summary", "description", "abstract"],
        ["authors"] = ["authors", "author", "creator", "creators"],
        ["contributors"] = ["contributors", "contributor"],
        // The Wilson Center's "document contributors" are the people whose words the document holds, not its credits.
        ["participants"] = ["document_contributors", "participants"],
        ["places"] = ["places", "associated_places", "place", "locations", "location"],
        ["subjects"] = ["subjects", "subjects_discussed", "subject", "keywords", "topics", "tags"],
        ["people"] = ["people", "associated_people_orgs", "persons", "names"],
        ["organisations"] = ["organisations", "organizations", "associated_organisations"],
        ["source"] = ["source", "citation"],
        ["repository"] = ["original_archive_title", "repository", "holding_archive"],
        ["language"] = ["language", "languages", "original_language", "lang"],
        ["text_language"] = ["text_language", "transcript_language"],
        ["rights"] = ["rights", "license", "licence", "rights_statement"],
    };

    private readonly Dictionary<string, string> _explicit;

    private CsvColumnMapping(Dictionary<string, string> mapped)
    {
        _explicit = mapped;
    }

    public static CsvColumnMapping Default { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    public static CsvColumnMapping Load(string path)
    {
        try
        {
            var map = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path, Encoding.UTF8))
                ?? throw new ImportException(path, null, null, "the mapping is empty");
            var unknown = map.Keys.Where(k => !Defaults.ContainsKey(k)).ToList();
            if (unknown.Count > 0)
            {
                throw new ImportException(path, null, string.Join(", ", unknown), "unknown field (known: " + string.Join(", ", Defaults.Keys) + ")");
            }
            return new CsvColumnMapping(new Dictionary<string, string>(map, StringComparer.Ordinal));
        }
        catch (JsonException e)
        {
            throw new ImportException(path, (int?)e.LineNumber + 1, null, "the mapping is not a JSON object of strings: " + e.Message);
        }
    }

    /// <summary>Resolves the fields against a header row.</summary>
    public CsvColumns Bind(IReadOnlyList<string> header)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            index.TryAdd(Normalize(header[i]), i);
        }
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, names) in Defaults)
        {
            if (_explicit.TryGetValue(field, out var mapped))
            {
                if (mapped.StartsWith('='))
                {
                    constants[field] = mapped[1..];
                }
                else if (index.TryGetValue(Normalize(mapped), out var at))
                {
                    columns[field] = at;
                }
                else
                {
                    throw new ImportException("", 1, field, $"the mapping names column '{mapped}', which the header does not have");
                }
                continue;
            }
            foreach (var name in names)
            {
                if (index.TryGetValue(Normalize(name), out var at))
                {
                    columns[field] = at;
                    break;
                }
            }
        }
        return new CsvColumns(columns, constants);
    }

    private static string Normalize(string header)
    {
        var text = new StringBuilder(header.Length);
        foreach (var c in header.Trim().TrimStart('\uFEFF'))
        {
            if (char.IsLetterOrDigit(c))
            {
                text.Append(char.ToLowerInvariant(c));
            }
        }
        return text.ToString();
    }
}
