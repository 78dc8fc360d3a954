using System.Text.RegularExpressions;
using Dossier.Core.Records;
using Dossier.Testing;

namespace Dossier.Interop.Tests.WcdaPage;

public sealed class ModelRecordTests
{
    private static readonly Lazy<Task<ArchiveRecord>> Record = new(() => ReaderHarness.ReadAsync(Shared.ModelRecord));

    [Fact]
    public async Task Should_read_the_head_fields_of_the_model_record()
    {
        var record = await Record.Value;
        if (Environment.GetEnvironmentVariable("DOSSIER_DUMP") is { Length: > 0 } dump)
        {
            await File.WriteAllTextAsync(dump, RecordJson.Serialize(record, indented: true), TestContext.Current.CancellationToken);
        }

        Assert.Equal("Letter to CPSU Central Committee Secretary Khrushchev, from Engineer and Political Émigré Mir Aga Azari", record.Title);
        Assert.Equal("1955-08-02", record.Date?.Value);
        Assert.Equal(DatePrecision.Day, record.Date?.Precision);
        Assert.Equal("119698", record.Source.RecordId);
        Assert.Equal("Wilson Center Digital Archive", record.Source.Archive);
        Assert.Equal("https://wilson-center-digital-archive.dvincitest.com/document/119698", record.Source.Url);
        Assert.Equal(["ru"], record.OriginalLanguages);
        Assert.StartsWith("Mir Aga Azeri, an Iranian political emigre", record.Summary, StringComparison.Ordinal);
        Assert.StartsWith("\"Letter to CPSU", record.Citation, StringComparison.Ordinal);
        Assert.Null(record.SourceFields);
    }

    [Fact]
    public async Task Should_parse_the_archival_reference_and_credits_of_the_citation()
    {
        var record = await Record.Value;
        var reference = record.ArchivalReference!;

        Assert.Equal(("RGANI", "5", "28", "347", "83"), (reference.Repository, reference.Fond, reference.Opis, reference.Delo, reference.Reel));
        Assert.Equal("Department for Relations with Foreign Communist Parties (International Department of the Central Committee), 1953-1957", reference.Series);
        Assert.Null(reference.Sheets);
        Assert.Collection(record.Contributors,
            c => Assert.Equal(("Roham Alvandi", ContributorRole.Contributor), (c.Name, c.Role)),
            c => Assert.Equal(("Gary Goldberg", ContributorRole.Translator), (c.Name, c.Role)));
    }

    [Fact]
    public async Task Should_split_the_body_into_transcription_ocr_original_and_translation()
    {
        var record = await Record.Value;

        Assert.Collection(record.Layers,
            l => Assert.Equal((LayerKind.Transcription, "ru", CaptureMethod.Manual), (l.Kind, l.Lang, l.Provenance.Method)),
            l => Assert.Equal((LayerKind.Original, "az-Cyrl", CaptureMethod.Ocr, "detected"), (l.Kind, l.Lang, l.Provenance.Method, l.Provenance.LanguageEvidence)),
            l => Assert.Equal((LayerKind.Translation, "en", "Gary Goldberg"), (l.Kind, l.Lang, l.Provenance.Translator)));
    }

    [Fact]
    public async Task Should_rejoin_the_word_hyphenated_across_the_page_break()
    {
        var russian = (await Record.Value).Layers[0];

        Assert.Contains("служит", russian.Text, StringComparison.Ordinal);
        Assert.Contains(russian.Pages, p => p.Number == "120");
        var page = russian.Pages.Single(p => p.Number == "120");
        Assert.Equal("жит", russian.Text.Substring(page.Start, 3));
    }

    [Fact]
    public async Task Should_keep_page_numbers_and_stamps_out_of_the_running_text()
    {
        var record = await Record.Value;

        foreach (var layer in record.Layers)
        {
            Assert.DoesNotMatch(new Regex(@"\p{L}\s+120\s+\p{L}"), layer.Text);
            Assert.DoesNotContain("5754", layer.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("<sup>", layer.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("~~", layer.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("  ", layer.Text, StringComparison.Ordinal);
        }
        var stamps = record.Layers.SelectMany(l => l.Pages).SelectMany(p => p.Marginalia).Where(m => m.Kind == MarginalKind.Stamp).Select(m => m.Text).ToList();
        Assert.Contains(stamps, s => s.Contains("5754", StringComparison.Ordinal));
        Assert.Contains("2/1115520", stamps);
    }

    [Fact]
    public async Task Should_keep_each_layers_own_spellings()
    {
        var record = await Record.Value;

        Assert.Contains("Pishevari", record.Layers[2].Text, StringComparison.Ordinal);
        Assert.Contains("Pischevari", record.Layers[2].Text, StringComparison.Ordinal);
        Assert.Contains("Хрушинов", record.Layers[1].Text, StringComparison.Ordinal);
        Assert.Contains(record.Layers[1].Pages, p => p.Number == "121");
    }
}
