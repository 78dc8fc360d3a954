using System.Globalization;
using System.Text.Json;
using Dossier.Core.Authorities;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Interop.Importers.Citations;

namespace Dossier.Interop.Importers.Csv;

/// <summary>One CSV row to an <see cref="ArchiveRecord"/>, through a bound column mapping.</summary>
internal static class CsvRecordBuilder
{
    public const string WilsonCenterArchive = "Wilson Center Digital Archive";

    public static ArchiveRecord Build(CsvRow row, CsvColumns columns, string file, List<Authority> places, HashSet<string> placeIds)
    {
        string? Get(string field) => columns.Get(row.Cells, field);

        var url = Get("url");
        var recordId = Get("id") ?? Path.GetFileNameWithoutExtension(file) + "#" + row.Line.ToString(CultureInfo.InvariantCulture);
        var record = new ArchiveRecord
        {
            Source = new SourceIdentifier { Archive = Get("archive") ?? ArchiveOf(url, file), RecordId = recordId, Url = url },
            Title = Get("title") ?? recordId,
            PlaceOfWriting = Get("place"),
            Summary = Get("summary"),
            Citation = Get("source"),
            Rights = Get("rights"),
        };
        record.Id = RecordId.For(record.Source);

        var dateText = Get("date");
        record.Date = dateText is null ? null : HistoricalDateParser.Parse(dateText);
        var repository = List(Get("repository"), row, file, "repository").FirstOrDefault();
        List<Contributor> credits = [];
        if (record.Citation is not null || repository is not null)
        {
            record.ArchivalReference = CsvSourceNote.Read(record, repository, file, row.Line, out credits);
        }

        foreach (var author in List(Get("authors"), row, file, "authors"))
        {
            record.Contributors.Add(new Contributor { Name = author, Role = ContributorRole.Author });
        }
        foreach (var contributor in List(Get("contributors"), row, file, "contributors"))
        {
            record.Contributors.Add(new Contributor { Name = contributor, Role = ContributorRole.Contributor });
        }
        record.Contributors.AddRange(credits);
        foreach (var place in List(Get("places"), row, file, "places"))
        {
            var id = AuthorityId.For(AuthorityKind.Place, place);
            if (placeIds.Add(id))
            {
                places.Add(new Authority { Id = id, Kind = AuthorityKind.Place, PreferredName = place, Variants = [new NameVariant { Name = place }] });
            }
            record.Places.Add(new EntityLink { Name = place, AuthorityId = id });
        }
        record.People.AddRange(List(Get("people"), row, file, "people").Select(n => new EntityLink { Name = n }));
        record.People.AddRange(List(Get("participants"), row, file, "participants").Select(n => new EntityLink { Name = n }));
        record.Organisations.AddRange(List(Get("organisations"), row, file, "organisations").Select(n => new EntityLink { Name = n }));
        record.Subjects.AddRange(List(Get("subjects"), row, file, "subjects"));

        record.OriginalLanguages = List(Get("language"), row, file, "language").Select(LanguageTags.ForName).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var text = Get("text");
        if (text is not null)
        {
            record.Layers.Add(Layer(text.Replace("\r\n", "\n", StringComparison.Ordinal), Get("text_language"), record.OriginalLanguages));
        }
        return record;
    }

    // A text in a language the document was not written in is a translation (the Wilson Center's English texts of Russian documents).
    private static TextLayer Layer(string text, string? declared, IReadOnlyList<string> original)
    {
        var declaredTag = declared is null ? null : LanguageTags.ForName(declared);
        var detected = declaredTag is null ? LanguageTags.Detect(text) : null;
        var lang = declaredTag ?? detected ?? original.FirstOrDefault() ?? "und";
        var evidence = declaredTag is not null ? "declared" : detected is not null ? "detected" : original.Count > 0 ? "source" : null;
        var translated = original.Count > 0 && !original.Contains(lang, StringComparer.Ordinal);
        return new TextLayer
        {
            Kind = translated ? LayerKind.Translation : LayerKind.Transcription,
            Lang = lang,
            Provenance = new LayerProvenance { Method = CaptureMethod.Manual, LanguageEvidence = evidence },
            Text = text,
        };
    }

    /// <summary>A cell holding several values: a JSON array (<c>["a","b"]</c>), or values separated by ";" or "|".</summary>
    public static IReadOnlyList<string> List(string? cell, CsvRow row, string file, string field)
    {
        if (cell is null)
        {
            return [];
        }
        if (cell.StartsWith('['))
        {
            try
            {
                return (JsonSerializer.Deserialize<List<string?>>(cell) ?? [])
                    .Select(v => v?.Trim())
                    .OfType<string>()
                    .Where(v => v.Length > 0)
                    .ToList();
            }
            catch (JsonException e)
            {
                throw new ImportException(file, row.Line, field, "the cell looks like a JSON array but is not one: " + e.Message);
            }
        }
        var separator = cell.Contains(';', StringComparison.Ordinal) ? ';' : '|';
        return cell.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    private static string ArchiveOf(string? url, string file) =>
        url is not null && url.Contains("digitalarchive.wilsoncenter.org", StringComparison.OrdinalIgnoreCase)
            ? WilsonCenterArchive
            : Path.GetFileNameWithoutExtension(file);
}
