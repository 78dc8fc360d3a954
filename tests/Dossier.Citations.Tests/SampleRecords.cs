using Dossier.Core.Records;
using Dossier.Interop.Importers.Citations;

namespace Dossier.Citations.Tests;

/// <summary>Invented records the tests build themselves, one for each shape of citation: their outputs are the golden files.</summary>
internal static class SampleRecords
{
    public static IReadOnlyList<ArchiveRecord> All =>
    [
        Russian(), German(), Japanese(), Edition(), Bare(),
    ];

    public static ArchiveRecord Russian() => Record("sample-russian", "Note from an Invented Ministry to the Central Committee", HistoricalDate.Day(new DateOnly(1956, 3, 14)),
        "\"Note from an Invented Ministry to the Central Committee\", March 14, 1956, Wilson Center Digital Archive, RGASPI, f. 17, op. 128, d. 1090, ll. 33-35. Invented Series, 1950-1956, microfilm, reel 12. Contributed by Ann Example and translated by Bob Example and Cy Example.",
        [new Contributor { Name = "Ivan Inventov", Role = ContributorRole.Author }]);

    public static ArchiveRecord German() => Record("sample-german", "Memorandum on an invented meeting", HistoricalDate.Month(1997, 10),
        "\"Memorandum on an invented meeting\", October 1997, Wilson Center Digital Archive, BArch, B 136/12345, 10-12. Contributed, transcribed, and translated by Dora Example.", []);

    public static ArchiveRecord Japanese() => Record("sample-japanese", "Invented Bureau, 'Points of an Invented Meeting'", HistoricalDate.Year(1967),
        "\"Invented Bureau, 'Points of an Invented Meeting'\", 1967, Wilson Center Digital Archive, Diplomatic Archives of the Ministry of Foreign Affairs of Japan, File A’0001 (Microfilm). Contributed by Eve Example and translated by Fay Example.",
        [new Contributor { Name = "Japan. Invented Ministry", Role = ContributorRole.Author }, new Contributor { Name = "Example, Gus", Role = ContributorRole.Author }]);

    public static ArchiveRecord Edition()
    {
        var record = new ArchiveRecord
        {
            Id = "sample-edition",
            Source = new SourceIdentifier { Archive = "Office of the Historian, U.S. Department of State", RecordId = "inventedv01/d7", Url = "https://example.org/historicaldocuments/inventedv01/d7" },
            Title = "Letter From an Invented President to an Invented Chairman",
            Date = HistoricalDate.Day(new DateOnly(1961, 2, 22)),
            Citation = "Source: Department of State, Invented Correspondence: Lot 00 D 000. No classification marking.",
            Collections = [new CollectionMembership { CollectionId = "inventedv01", Title = "Invented Relations, 1961–1963, Volume I, Invented Exchanges", Number = "7" }],
            Contributors = [new Contributor { Name = "Hal Example", Role = ContributorRole.Editor }, new Contributor { Name = "Ida Example", Role = ContributorRole.Editor }],
        };
        record.ArchivalReference = new ArchivalReference { Repository = "Department of State", Series = "Invented Correspondence: Lot 00 D 000", Text = "Department of State, Invented Correspondence: Lot 00 D 000. No classification marking." };
        return record;
    }

    public static ArchiveRecord Bare() => new()
    {
        Id = "sample-bare",
        Source = new SourceIdentifier { Archive = "Invented Archive", RecordId = "b1" },
        Title = "An undated note on {braces}, 50% & $ signs_",
    };

    private static ArchiveRecord Record(string id, string title, HistoricalDate date, string citation, List<Contributor> people)
    {
        var parsed = CitationParser.Parse(citation);
        var record = new ArchiveRecord
        {
            Id = id,
            Source = new SourceIdentifier { Archive = parsed.Archive ?? "", RecordId = id, Url = "https://example.org/document/" + id },
            Title = title,
            Date = date,
            Citation = citation,
            ArchivalReference = parsed.Reference,
            OriginalLanguages = ["ru"],
        };
        record.Contributors.AddRange(people);
        record.Contributors.AddRange(parsed.Contributors);
        return record;
    }
}
