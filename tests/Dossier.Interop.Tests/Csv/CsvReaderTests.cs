using Dossier.Core.Authorities;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Interop.Importers.Csv;
using Dossier.Testing;

namespace Dossier.Interop.Tests.Csv;

public sealed class CsvReaderTests
{
    private static string Wilson => Shared.PathTo("corpora/wcda-samples/wilson_archive_11docs.csv");

    [Fact]
    public async Task Should_read_all_eleven_wilson_center_records()
    {
        var sink = await ReadAsync(Wilson);

        Assert.Equal(11, sink.Records.Count);
        Assert.Equal(
            ["300653", "300641", "300640", "300639", "300638", "300242", "300241", "300240", "300239", "300238", "300237"],
            sink.Records.Select(r => r.Source.RecordId));
        Assert.All(sink.Records, r => Assert.Equal("Wilson Center Digital Archive", r.Source.Archive));
        Assert.All(sink.Records, r => Assert.StartsWith("https://digitalarchive.wilsoncenter.org/document/", r.Source.Url, StringComparison.Ordinal));
        Assert.All(sink.Records, r => Assert.NotNull(r.Date));
        Assert.All(sink.Records, r => Assert.Single(r.Layers));
    }

    [Fact]
    public async Task Should_read_fields_lists_and_an_english_text_of_an_english_letter()
    {
        var sink = await ReadAsync(Wilson);
        var nehru = sink.Records.Single(r => r.Source.RecordId == "300653");

        Assert.Equal("Letter, Jawaharlal Nehru to All Provincial Premiers", nehru.Title);
        Assert.Equal(RecordId.For("Wilson Center Digital Archive", "300653"), nehru.Id);
        Assert.Equal(("1949-04-01", DatePrecision.Day), (nehru.Date!.Value, nehru.Date.Precision));
        Assert.Equal(["India", "China", "Southeast Asia", "Pakistan"], nehru.Places.Select(p => p.Name));
        Assert.Equal(AuthorityId.For(AuthorityKind.Place, "India"), nehru.Places[0].AuthorityId);
        Assert.Equal(["India--Foreign relations--Pakistan"], nehru.Subjects);
        var author = Assert.Single(nehru.Contributors);
        Assert.Equal(("Nehru, Jawaharlal", ContributorRole.Author), (author.Name, author.Role));
        Assert.Equal(["en"], nehru.OriginalLanguages);
        Assert.StartsWith("Nehru Memorial Museum and Library", nehru.Citation, StringComparison.Ordinal);
        Assert.Equal(("Nehru Memorial Museum and Library", "NMML"), (nehru.ArchivalReference!.Repository, nehru.ArchivalReference.RepositoryRecord?.Abbreviation));
        Assert.StartsWith("Nehru briefs the Provincial Premiers", nehru.Summary, StringComparison.Ordinal);
        Assert.StartsWith("The History and Public Policy Program welcomes reuse", nehru.Rights, StringComparison.Ordinal);

        var layer = nehru.Layers[0];
        Assert.Equal((LayerKind.Transcription, "en", "detected"), (layer.Kind, layer.Lang, layer.Provenance.LanguageEvidence));
        Assert.StartsWith("Secret.\nF.N.33.\nNew Delhi", layer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", layer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_take_an_english_text_of_a_japanese_document_as_a_translation_dated_to_the_month()
    {
        var sink = await ReadAsync(Wilson);
        var statement = sink.Records.Single(r => r.Source.RecordId == "300638");

        Assert.Equal(("1967-11", DatePrecision.Month), (statement.Date!.Value, statement.Date.Precision));
        Assert.Equal(["ja"], statement.OriginalLanguages);
        Assert.Equal((LayerKind.Translation, "en"), (statement.Layers[0].Kind, statement.Layers[0].Lang));
        Assert.Equal(["Nakajima, Kenzō", "Japan-China Cultural Exchange Association"], statement.Contributors.Where(c => c.Role == ContributorRole.Author).Select(c => c.Name));
        Assert.Equal(["de"], sink.Records.Single(r => r.Source.RecordId == "300237").OriginalLanguages);
    }

    [Fact]
    public async Task Should_hand_each_place_authority_over_once_before_the_records_that_link_it()
    {
        var sink = await ReadAsync(Wilson);

        Assert.Equal(sink.Authorities.Count, sink.Authorities.Select(a => a.Id).Distinct().Count());
        var china = sink.Authorities.Single(a => a.PreferredName == "China");
        Assert.Equal(AuthorityKind.Place, china.Kind);
        Assert.Equal("authority", sink.Order[0]);
    }

    [Fact]
    public async Task Should_parse_quoted_cells_with_doubled_quotes_and_line_breaks_in_crlf_files()
    {
        using var folder = new TempFolder();
        var path = folder.File("invented.csv");
        await File.WriteAllTextAsync(path,
            "record_id,title,date,text,places\r\n" +
            "a1,\"A note, with a comma\",1961,\"First line\r\nsecond \"\"quoted\"\" line\",Vienna;Berlin\r\n" +
            "a2,Plain,2 August 1955,Short,\r\n",
            TestContext.Current.CancellationToken);

        var sink = await ReadAsync(path);

        Assert.Equal(2, sink.Records.Count);
        Assert.Equal("A note, with a comma", sink.Records[0].Title);
        Assert.Equal("First line\nsecond \"quoted\" line", sink.Records[0].Layers[0].Text);
        Assert.Equal(["Vienna", "Berlin"], sink.Records[0].Places.Select(p => p.Name));
        Assert.Equal(DatePrecision.Year, sink.Records[0].Date!.Precision);
        Assert.Equal("1955-08-02", sink.Records[1].Date!.Value);
        Assert.Empty(sink.Records[1].Places);
    }

    [Fact]
    public async Task Should_use_a_mapping_file_for_unusual_headers()
    {
        using var folder = new TempFolder();
        var path = folder.File("custom.csv");
        await File.WriteAllTextAsync(path, "Ref,Headline,Written,Body\nx9,An invented memo,March 1956,Some invented words here.\n", TestContext.Current.CancellationToken);
        var mapping = folder.File("mapping.json");
        await File.WriteAllTextAsync(mapping, """{"id": "Ref", "title": "Headline", "date": "Written", "text": "Body", "archive": "=Invented Archive", "text_language": "=English"}""", TestContext.Current.CancellationToken);

        var sink = await ReadAsync(path, new Dictionary<string, string> { ["mapping"] = mapping });

        var record = Assert.Single(sink.Records);
        Assert.Equal(("Invented Archive", "x9"), (record.Source.Archive, record.Source.RecordId));
        Assert.Equal("An invented memo", record.Title);
        Assert.Equal(("1956-03", DatePrecision.Month), (record.Date!.Value, record.Date.Precision));
        Assert.Equal(("en", "declared"), (record.Layers[0].Lang, record.Layers[0].Provenance.LanguageEvidence));
    }

    [Fact]
    public async Task Should_report_the_line_of_a_row_with_the_wrong_number_of_cells()
    {
        using var folder = new TempFolder();
        var path = folder.File("short.csv");
        await File.WriteAllTextAsync(path, "record_id,title,text\n1,One,\"multi\nline\"\n2,Two\n3,Three,x\n", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<ImportException>(() => ReadAsync(path));

        Assert.Equal(4, error.Line);
        Assert.Contains("2 cells", error.Problem, StringComparison.Ordinal);
        Assert.StartsWith(path + ":4: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_report_the_line_of_an_unbalanced_quote()
    {
        using var folder = new TempFolder();
        var path = folder.File("open.csv");
        await File.WriteAllTextAsync(path, "record_id,title\n1,One\n2,\"Two never closed\n3,Three\n", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<ImportException>(() => ReadAsync(path));

        Assert.Equal(3, error.Line);
        Assert.Contains("unbalanced quote", error.Problem, StringComparison.Ordinal);
    }

    private static async Task<CollectingSink> ReadAsync(string path, IReadOnlyDictionary<string, string>? options = null)
    {
        var sink = new CollectingSink();
        var source = new ImportSource(path, () => File.OpenRead(path)) { Options = options ?? new Dictionary<string, string>() };
        await new CsvReader().ReadAsync(source, sink, TestContext.Current.CancellationToken);
        return sink;
    }
}
