using System.Globalization;
using Dossier.Core.Records;

namespace Dossier.Web.Editing;

/// <summary>
/// The edit form of a record: the fields people correct by hand. Lists are one item a line; a person or place is
/// <c>name | authority id</c>. What the form does not show (scans, notes, provenance, source fields) is kept from the
/// stored record by <see cref="ApplyTo"/>.
/// </summary>
public sealed class RecordForm
{
    /// <summary>The version the editor started from: the save's If-Match.</summary>
    public int Version { get; set; }

    public string Title { get; set; } = "";

    public string? Date { get; set; }

    public string? PlaceOfWriting { get; set; }

    public string? Summary { get; set; }

    public string? Citation { get; set; }

    public string? Rights { get; set; }

    public string? Repository { get; set; }

    public string? Fond { get; set; }

    public string? Opis { get; set; }

    public string? Delo { get; set; }

    public string? Sheets { get; set; }

    /// <summary>The reference as printed.</summary>
    public string? Reference { get; set; }

    public string? Languages { get; set; }

    public string? Subjects { get; set; }

    public string? People { get; set; }

    public string? Places { get; set; }

    /// <summary>yyyy-MM-dd (UTC midnight); editors only.</summary>
    public string? EmbargoUntil { get; set; }

    public List<LayerForm> Layers { get; set; } = [];

    public static RecordForm From(ArchiveRecord record, int version)
    {
        ArgumentNullException.ThrowIfNull(record);
        var reference = record.ArchivalReference;
        return new RecordForm
        {
            Version = version,
            Title = record.Title,
            Date = record.Date?.Value,
            PlaceOfWriting = record.PlaceOfWriting,
            Summary = record.Summary,
            Citation = record.Citation,
            Rights = record.Rights,
            Repository = reference?.Repository,
            Fond = reference?.Fond,
            Opis = reference?.Opis,
            Delo = reference?.Delo,
            Sheets = reference?.Sheets,
            Reference = reference?.Text,
            Languages = string.Join(", ", record.OriginalLanguages),
            Subjects = string.Join("\n", record.Subjects),
            People = Links(record.People),
            Places = Links(record.Places),
            EmbargoUntil = record.EmbargoUntil?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Layers = record.Layers.Select(LayerForm.From).ToList(),
        };
    }

    /// <summary>A copy of <paramref name="stored"/> with the form's fields written over it.</summary>
    public ArchiveRecord ApplyTo(ArchiveRecord stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var record = RecordJson.Deserialize(RecordJson.Serialize(stored))!;
        record.Title = Title.Trim();
        record.Date = string.IsNullOrWhiteSpace(Date) ? null
            : string.Equals(Date.Trim(), stored.Date?.Value, StringComparison.Ordinal) ? stored.Date : HistoricalDateParser.Parse(Date.Trim()) ?? stored.Date;
        record.PlaceOfWriting = Blank(PlaceOfWriting);
        record.Summary = Blank(Summary);
        record.Citation = Blank(Citation);
        record.Rights = Blank(Rights);
        if (new[] { Repository, Fond, Opis, Delo, Sheets, Reference }.Any(v => !string.IsNullOrWhiteSpace(v)) || record.ArchivalReference is not null)
        {
            var reference = record.ArchivalReference ?? new ArchivalReference();
            reference.Repository = Blank(Repository);
            reference.Fond = Blank(Fond);
            reference.Opis = Blank(Opis);
            reference.Delo = Blank(Delo);
            reference.Sheets = Blank(Sheets);
            reference.Text = Blank(Reference);
            record.ArchivalReference = reference;
        }
        record.OriginalLanguages = (Languages ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        record.Subjects = Lines(Subjects).ToList();
        record.People = ParseLinks(People, record.People);
        record.Places = ParseLinks(Places, record.Places);
        record.EmbargoUntil = DateOnly.TryParseExact(EmbargoUntil?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;
        var layers = new List<TextLayer>();
        for (var i = 0; i < Layers.Count; i++)
        {
            var form = Layers[i];
            if (form.Remove || (i >= stored.Layers.Count && string.IsNullOrWhiteSpace(form.Text)))
            {
                continue;
            }
            var layer = i < stored.Layers.Count ? record.Layers[i] : new TextLayer();
            layer.Kind = form.Kind;
            layer.Lang = string.IsNullOrWhiteSpace(form.Lang) ? "und" : form.Lang.Trim();
            layer.Provenance.Translator = Blank(form.Translator);
            PagedText.Apply(layer, form.Text ?? "");
            layers.Add(layer);
        }
        record.Layers = layers;
        return record;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Links(List<EntityLink> links) =>
        string.Join("\n", links.Select(l => l.AuthorityId is null ? l.Name : l.Name + " | " + l.AuthorityId));

    /// <summary>Keeps each stored link's source key when its name and authority come back unchanged.</summary>
    private static List<EntityLink> ParseLinks(string? text, List<EntityLink> stored) =>
        Lines(text).Select(line =>
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var name = (bar < 0 ? line : line[..bar]).Trim();
            var authority = bar < 0 ? null : Blank(line[(bar + 1)..]);
            var same = stored.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.Ordinal) && string.Equals(l.AuthorityId, authority, StringComparison.Ordinal));
            return new EntityLink { Name = name, AuthorityId = authority, SourceKey = same?.SourceKey };
        }).ToList();
}
