using System.Text.Json;
using Dossier.Core.Citations;
using Dossier.Core.Records;

namespace Dossier.Citations.Tests;

/// <summary>
/// Independent oracles: citeproc-js renders Dossier's CSL-JSON with the official MLA, APA and Chicago styles;
/// Citation.js reads Dossier's BibTeX and RIS back. The records are the tests' own samples, the model record and
/// the CSV sample.
/// </summary>
public sealed class OracleTests
{
    private static readonly CitationOptions Options = new() { SiteName = "Dossier", Accessed = new DateOnly(2026, 11, 30) };

    public static TheoryData<string, string> Styles => new()
    {
        { "modern-language-association", "mla" },
        { "apa", "apa" },
    };

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task Should_render_as_citeproc_renders_the_same_csl_json(string style, string dossierStyle)
    {
        var works = (await RecordsAsync()).Select(r => CitedWork.Of(r, Options)).ToList();

        var rendered = await RenderAsync(works, style);

        var differences = works
            .Select(w => (Expected: rendered[w.Id].GetProperty("bibliography").GetString(), Actual: CitationFormatter.Format(w, CitationStyles.Parse(dossierStyle)!.Value)))
            .Where(p => !string.Equals(p.Expected, p.Actual, StringComparison.Ordinal))
            .Select(p => "citeproc: " + p.Expected + "\ndossier:  " + p.Actual)
            .ToList();

        Assert.True(differences.Count == 0, string.Join("\n\n", differences));
    }

    [Fact]
    public async Task Should_give_in_the_chicago_note_what_citeproc_gives_in_its_chicago_note()
    {
        var works = (await RecordsAsync()).Select(r => CitedWork.Of(r, Options)).ToList();

        var rendered = await RenderAsync(works, "chicago-notes-bibliography");

        foreach (var work in works)
        {
            // Dossier's note follows the source archive's house order, so the oracle checks the parts, not the order.
            var note = rendered[work.Id].GetProperty("note").GetString()!;
            var chicago = CitationFormatter.Format(work, CitationStyle.Chicago);
            var parts = new[] { work.Title, work.Url, work.Reference?.Repository, ReferenceFormatter.Location(work.Reference), work.Edition?.Title }
                .Concat(work.Edition?.Editors.Select(e => e.Natural) ?? []);
            foreach (var part in parts.Where(p => !string.IsNullOrEmpty(p)))
            {
                // citeproc title-cases the title and curls its quotation marks; the source archive prints it as written.
                Assert.Contains(Unquoted(part!), Unquoted(note), StringComparison.OrdinalIgnoreCase);
                Assert.Contains(part!, chicago, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Should_read_back_from_bibtex_what_dossier_wrote()
    {
        foreach (var work in (await RecordsAsync()).Select(r => CitedWork.Of(r, Options)))
        {
            var item = Single(await NodeOracle.RunAsync("parse.js", BibtexCitation.Format(work), "bibtex"));

            Assert.Equal(work.Title, item.GetProperty("title").GetString());
            Assert.Equal(Names(work.Authors), Names(item, "author"));
            Assert.Equal(work.Edition is null ? [] : Names(work.Edition.Editors), Names(item, "editor"));
            Assert.Equal(work.Url, Text(item, "URL"));
            Assert.Equal(work.ReferenceText, Text(item, "note"));
            Assert.Equal(work.Date?.Start.Year, item.TryGetProperty("issued", out var issued) ? issued.GetProperty("date-parts")[0][0].GetInt32() : null);
            Assert.Equal(work.Edition?.Title, Text(item, "container-title"));
        }
    }

    [Fact]
    public async Task Should_read_back_from_ris_what_dossier_wrote()
    {
        foreach (var work in (await RecordsAsync()).Select(r => CitedWork.Of(r, Options)))
        {
            var item = Single(await NodeOracle.RunAsync("parse.js", RisCitation.Format(work), "ris"));

            Assert.Equal(work.Title, item.GetProperty("title").GetString());
            Assert.Equal(work.Edition is null ? "manuscript" : "chapter", item.GetProperty("type").GetString());
            Assert.Equal(Names(work.Authors), Names(item, "author"));
            Assert.Equal(work.Url, Text(item, "URL"));
            Assert.Equal(work.ReferenceText, Text(item, "note"));
            Assert.Equal(work.Edition is null ? work.Reference?.Repository : null, Text(item, "archive"));
            Assert.Equal(work.Edition?.Title, Text(item, "container-title"));
            // Citation.js reads a chapter's DA as a secondary date, so only its year (PY) comes back as issued.
            var parts = work.Date is null ? null : string.Join("-", work.Edition is null ? CitationDatesOf(work.Date) : [work.Date.Start.Year]);
            Assert.Equal(parts, item.TryGetProperty("issued", out var issued) ? string.Join("-", issued.GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32())) : null);
        }
    }

    private static IEnumerable<int> CitationDatesOf(HistoricalDate date) => date.Precision switch
    {
        DatePrecision.Day => [date.Start.Year, date.Start.Month, date.Start.Day],
        DatePrecision.Month => [date.Start.Year, date.Start.Month],
        _ => [date.Start.Year],
    };

    private static async Task<List<ArchiveRecord>> RecordsAsync()
    {
        var records = new List<ArchiveRecord>(SampleRecords.All) { await Sources.ModelRecordAsync() };
        records.AddRange(await Sources.WilsonCsvAsync());
        return records;
    }

    private static async Task<Dictionary<string, JsonElement>> RenderAsync(IEnumerable<CitedWork> works, string style)
    {
        var output = await NodeOracle.RunAsync("render.js", CslJsonCitation.Format(works), Path.Combine(NodeOracle.Styles, style + ".csl"), NodeOracle.Styles);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }

    private static JsonElement Single(string output)
    {
        using var json = JsonDocument.Parse(output);
        return Assert.Single(json.RootElement.EnumerateArray().ToList()).Clone();
    }

    private static string Unquoted(string text) =>
        string.Concat(text.Where(c => c is not ('\'' or '"' or '\u2018' or '\u2019' or '\u201C' or '\u201D')));

    private static string? Text(JsonElement item, string name) => item.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static List<string> Names(IEnumerable<CitedName> names) => names.Select(n => n.Literal ?? n.Inverted).ToList();

    // Citation.js gives a body's name as a literal, or (from RIS) as a family name alone.
    private static List<string> Names(JsonElement item, string role) => !item.TryGetProperty(role, out var names) ? [] : names.EnumerateArray()
        .Select(n => Text(n, "literal") ?? (Text(n, "given") is { } given ? Text(n, "family") + ", " + given : Text(n, "family")) ?? "")
        .ToList();
}
