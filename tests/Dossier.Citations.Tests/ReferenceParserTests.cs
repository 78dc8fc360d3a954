using Dossier.Core.Citations;
using Dossier.Core.Records;
using Dossier.Interop.Importers.Citations;

namespace Dossier.Citations.Tests;

/// <summary>References of many archives come out as a repository, its levels and pages, and print back exactly.</summary>
public sealed class ReferenceParserTests
{
    [Theory]
    [InlineData("BArch, B 136/59748, 376-385", "BArch", "German Federal Archives", "DE", "bestand=B 136|akte=59748", "376-385")]
    [InlineData("Diplomatic Archives of the Ministry of Foreign Affairs of Japan, File A’0392 (Microfilm)", "Diplomatic Archives of the Ministry of Foreign Affairs of Japan", "Diplomatic Archives of the Ministry of Foreign Affairs of Japan", "JP", "file=A’0392", null)]
    [InlineData("Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1", "Nehru Memorial Museum and Library", "Nehru Memorial Museum and Library", "IN", "file=JNSG|volume=21-1", null)]
    [InlineData("RGANI, f. 5, op. 28, d. 347, ll. 118-121", "RGANI", "Russian State Archive of Contemporary History", "RU", "fond=5|opis=28|delo=347", "118-121")]
    [InlineData("NARA, RG 59, Central Decimal Files, 1955-1959, Box 2345, Folder 3", "NARA", "National Archives and Records Administration", "US", "record group=59|series=Central Decimal Files, 1955-1959|box=2345|folder=3", null)]
    [InlineData("The National Archives (UK), FO 371/135456", "The National Archives (UK)", "The National Archives", "GB", "series=FO 371|piece=135456", null)]
    [InlineData("PRC FMA 109-01094-01, 1-5", "PRC FMA", "Archives of the Ministry of Foreign Affairs of the People's Republic of China", "CN", "record group=109|file=01094|item=01", "1-5")]
    [InlineData("AAN, KC PZPR, sygn. 2638, k. 12-15", "AAN", "Archiwum Akt Nowych", "PL", "series=KC PZPR|sygnatura=2638", "12-15")]
    [InlineData("Národní archiv, fond 1261/0/5, Box 193", "Národní archiv", "Národní archiv", "CZ", "fond=1261/0/5|box=193", null)]
    [InlineData("MNL OL, M-KS 288, f. 5, Item 325", "MNL OL", "Hungarian National Archives", "HU", "series=M-KS 288|fond=5|item=325", null)]
    public void Should_read_the_repository_levels_and_pages_and_print_them_back(string printed, string repository, string name, string country, string levels, string? pages)
    {
        var reference = ReferenceParser.Parse(printed);

        Assert.Equal(repository, reference.Repository);
        Assert.Equal((name, country), (reference.RepositoryRecord?.Name, reference.RepositoryRecord?.Country));
        Assert.Equal(levels, string.Join("|", reference.Levels.Select(l => l.Name + "=" + l.Value)));
        Assert.Equal(pages, reference.Sheets);
        Assert.Equal(printed, ReferenceFormatter.Format(reference));
    }

    [Fact]
    public void Should_read_the_series_microfilm_and_reel_after_the_russian_levels()
    {
        const string printed = "RGANI, f. 5, op. 28, d. 347. Department for Relations, 1953-1957, microfilm, reel 83";

        var reference = ReferenceParser.Parse(printed);

        Assert.Equal(("5", "28", "347"), (reference.Fond, reference.Opis, reference.Delo));
        Assert.Equal(("Department for Relations, 1953-1957", "83", true), (reference.Series, reference.Reel, reference.Microfilm));
        Assert.Equal(printed, ReferenceFormatter.Format(reference));
    }

    [Fact]
    public void Should_load_a_record_stored_before_levels_with_its_fond_opis_and_delo_as_levels()
    {
        const string stored = """{"id":"x","title":"Old","archival_reference":{"repository":"GARF","fond":"1","opis":"2","delo":"3","sheets":"4-5","reel":null,"series":null,"text":null}}""";

        var record = RecordJson.Deserialize(stored)!;
        var again = RecordJson.Deserialize(RecordJson.Serialize(record))!;

        Assert.Equal(["fond=1", "opis=2", "delo=3"], record.ArchivalReference!.Levels.Select(l => l.Name + "=" + l.Value));
        Assert.Equal(["fond=1", "opis=2", "delo=3"], again.ArchivalReference!.Levels.Select(l => l.Name + "=" + l.Value));
        Assert.Equal("GARF, f. 1, op. 2, d. 3, 4-5", ReferenceFormatter.Format(again.ArchivalReference));
    }

    [Fact]
    public async Task Should_fill_the_model_from_the_csv_samples_source_field()
    {
        var records = await Sources.WilsonCsvAsync();

        var german = records.Single(r => r.Source.RecordId == "300238");
        var japanese = records.Single(r => r.Source.RecordId == "300641");
        var indian = records.Single(r => r.Source.RecordId == "300653");

        Assert.Equal(("BArch", "B 136", "59748", "376-385"), (german.ArchivalReference!.Repository, german.ArchivalReference.Levels[0].Value, german.ArchivalReference.Levels[1].Value, german.ArchivalReference.Sheets));
        Assert.Equal(["Stephan Kieninger/Contributor", "Stephan Kieninger/Transcriber", "Stephan Kieninger/Translator"], german.Contributors.Select(c => c.Name + "/" + c.Role));
        Assert.Equal(("file", "A’0392", true), (japanese.ArchivalReference!.Levels[0].Name, japanese.ArchivalReference.Levels[0].Value, japanese.ArchivalReference.Microfilm));
        Assert.Equal(["file=JNSG", "volume=21-1"], indian.ArchivalReference!.Levels.Select(l => l.Name + "=" + l.Value));
        Assert.Contains(german.People, p => p.Name == "Kohl, Helmut");
        Assert.DoesNotContain(german.Contributors, c => c.Name == "Kohl, Helmut");
    }
}
