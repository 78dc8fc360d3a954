using System.Globalization;
using Dossier.Cli.Output;
using Dossier.Core.Records;

namespace Dossier.Cli.Records;

/// <summary>A record as plain text for a terminal.</summary>
internal static class RecordPrinter
{
    private const int Preview = 400;

    public static void Print(TextWriter output, ArchiveRecord record)
    {
        var title = TerminalText.OneLine(record.Title);
        output.WriteLine(title);
        output.WriteLine(new string('=', Math.Min(title.Length, 78)));
        Line(output, "Id", record.Id);
        Line(output, "Source", $"{record.Source.Archive} {record.Source.RecordId} {record.Source.Url}".Trim());
        Line(output, "Date", record.Date is null ? null : $"{record.Date.Value} ({record.Date.Precision.ToString().ToLowerInvariant()})");
        Line(output, "Written at", record.PlaceOfWriting);
        Line(output, "Languages", string.Join(", ", record.OriginalLanguages));
        Line(output, "Citation", record.Citation);
        if (record.ArchivalReference is { } reference)
        {
            Line(output, "Reference", Core.Citations.ReferenceFormatter.Format(reference));
            Line(output, "Repository", reference.RepositoryRecord is { } repository
                ? string.Join(", ", new[] { repository.Name, repository.Abbreviation, repository.Country, repository.Isil }.Where(p => !string.IsNullOrEmpty(p)))
                : null);
            Line(output, "Levels", string.Join(" › ", reference.Levels.Select(l => l.Name + " " + l.Value)));
            Line(output, "Series", reference.Series);
            Line(output, "Source note", reference.Text);
        }
        foreach (var contributor in record.Contributors)
        {
            Line(output, contributor.Role.ToString(), contributor.Name);
        }
        Line(output, "People", string.Join("; ", record.People.Select(p => p.Name)));
        Line(output, "Places", string.Join("; ", record.Places.Select(p => p.Name)));
        Line(output, "Collections", string.Join("; ", record.Collections.Select(c => c.Title)));
        Line(output, "Summary", record.Summary);
        foreach (var layer in record.Layers)
        {
            output.WriteLine();
            var pages = layer.Pages.Count(p => p.Number is not null);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"--- {layer.Kind.ToString().ToLowerInvariant()} [{layer.Lang}]{(layer.Provenance.Method == CaptureMethod.Ocr ? " (OCR)" : "")}, {layer.Text.Length} characters, {pages} numbered pages, {layer.Notes.Count} notes"));
            output.WriteLine(layer.Text.Length <= Preview ? layer.Text : layer.Text[..Preview] + " …");
        }
    }


    private static void Line(TextWriter output, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            output.WriteLine($"{label + ":",-13}{value}");
        }
    }
}
