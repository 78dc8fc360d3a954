using Dossier.Core.Citations;
using Dossier.Testing;

namespace Dossier.Citations.Tests;

/// <summary>An installation named like the source archive cites each record exactly as the source does, apart from the URL.</summary>
public sealed class SourceCitationTests
{
    private static readonly CitationOptions Wilson = new() { SiteName = "Wilson Center Digital Archive" };

    [Fact]
    public async Task Should_reproduce_the_model_records_own_citation_apart_from_the_url()
    {
        var record = await Sources.ModelRecordAsync();
        var printed = CitationFieldOf(await File.ReadAllLinesAsync(Shared.ModelRecord, TestContext.Current.CancellationToken));

        var chicago = CitationFormatter.Format(record, CitationStyle.Chicago, Wilson with { Permalink = "https://archive.example/documents/119698" });

        Assert.Equal(printed + " https://archive.example/documents/119698.", chicago);
    }

    [Fact]
    public async Task Should_reproduce_the_citation_of_every_record_of_the_csv_sample()
    {
        var records = await Sources.WilsonCsvAsync();
        var rows = CsvRows(await File.ReadAllTextAsync(Sources.WilsonCsv, TestContext.Current.CancellationToken));
        Assert.Equal(11, records.Count);

        foreach (var record in records)
        {
            var row = rows.Single(r => string.Equals(r["record_id"], record.Source.RecordId, StringComparison.Ordinal));
            // The archive's pages cite a record as "Title", date, archive, then its source field.
            var expected = $"\"{row["title"]}\", {row["original_publication_date"]}, Wilson Center Digital Archive, {row["source"].Trim()}";

            var chicago = CitationFormatter.Format(record, CitationStyle.Chicago, Wilson);

            Assert.Equal(expected + " " + row["document_url"] + ".", chicago);
        }
    }

    [Fact]
    public async Task Should_name_the_installation_from_its_configuration()
    {
        var record = await Sources.ModelRecordAsync();

        var chicago = CitationFormatter.Format(record, CitationStyle.Chicago, new CitationOptions { Accessed = new DateOnly(2026, 11, 30) });

        Assert.Contains(", August 2, 1955, Dossier, RGANI, f. 5,", chicago, StringComparison.Ordinal);
        Assert.Contains(" Accessed November 30, 2026. https://", chicago, StringComparison.Ordinal);
    }

    // The bold **Citation:** label is followed by a blank line and the citation on one line.
    private static string CitationFieldOf(string[] lines)
    {
        var label = Array.FindIndex(lines, l => l.Trim() == "**Citation:**");
        return lines.Skip(label + 1).First(l => l.Trim().Length > 0).Trim();
    }

    // The sample's rows as the test reads them itself, with a small RFC 4180 reader independent of Dossier's.
    private static List<Dictionary<string, string>> CsvRows(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { cell.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; }
            else if (c != '\r') { cell.Append(c); }
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }
        var header = rows[0];
        return rows.Skip(1).Where(r => r.Count == header.Count)
            .Select(r => header.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2, StringComparer.Ordinal)).ToList();
    }
}
