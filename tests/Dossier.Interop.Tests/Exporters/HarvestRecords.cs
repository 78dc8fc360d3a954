using Dossier.Core.Records;

namespace Dossier.Interop.Tests.Exporters;

/// <summary>Records invented for the harvesting tests: public letters in two collections, a draft, an embargo, one to withdraw and one to delete.</summary>
internal static class HarvestRecords
{
    public const string Archive = "Harvest test archive";

    public static string IdOf(string sourceRecordId) => RecordId.For(Archive, sourceRecordId);

    public static ArchiveRecord Letter() => new()
    {
        Source = new SourceIdentifier { Archive = Archive, RecordId = "ferry-1", Url = "https://archive.example.org/records/ferry-1" },
        Title = "Letter from the ferry captain on the winter crossing",
        Date = HistoricalDate.Day(new DateOnly(1957, 1, 9)),
        PlaceOfWriting = "Arkhangelsk",
        Summary = "The captain reports ice on the crossing & asks for a second <tug>.",
        Citation = "Invented Harbour Archive, f. 3, op. 2, d. 41, ll. 5-6.",
        ArchivalReference = new ArchivalReference { Repository = "IHA", Fond = "3", Opis = "2", Delo = "41", Sheets = "5-6" },
        Contributors =
        [
            new Contributor { Name = "Captain Ivan Ferrier", Role = ContributorRole.Author },
            new Contributor { Name = "B. Tester", Role = ContributorRole.Translator },
            new Contributor { Name = "Harbour Fund", Role = ContributorRole.Contributor },
        ],
        OriginalLanguages = ["ru"],
        Layers =
        [
            new TextLayer
            {
                Kind = LayerKind.Original,
                Lang = "ru",
                Provenance = new LayerProvenance { Method = CaptureMethod.Ocr, OcrEngine = "tesseract 5.3.0", Confidence = 0.9 },
                Text = "Лёд на переправе.\n\nПрошу второй буксир.",
                Pages = [new LayerPage { Start = 0, Number = "5" }, new LayerPage { Start = 19, Number = "6" }],
            },
            new TextLayer
            {
                Kind = LayerKind.Translation,
                Lang = "en",
                Provenance = new LayerProvenance { Translator = "B. Tester" },
                Text = "Ice on the crossing.\n\nI ask for a second tug.",
                Pages = [new LayerPage { Start = 0, Number = "5" }, new LayerPage { Start = 22, Number = "6" }],
            },
        ],
        People = [new EntityLink { Name = "Ivan Ferrier", AuthorityId = "p-ferrier" }],
        Places = [new EntityLink { Name = "White Sea" }],
        Subjects = ["Shipping", "Winter"],
        Collections =
        [
            new CollectionMembership { CollectionId = "harbour-letters", Title = "Harbour letters", Number = "1" },
            new CollectionMembership { CollectionId = "odd/id:with space", Title = "A collection with an odd id", Number = "7" },
        ],
        Rights = "Invented for tests; no rights reserved.",
    };

    public static ArchiveRecord Note() => new()
    {
        Source = new SourceIdentifier { Archive = Archive, RecordId = "ferry-2" },
        Title = "Note on the lighthouse lamp",
        Date = HistoricalDate.Month(1957, 2),
        OriginalLanguages = ["en"],
        Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = "The lamp needs oil before February ends." }],
        Collections = [new CollectionMembership { CollectionId = "harbour-letters", Title = "Harbour letters", Number = "2" }],
    };

    public static ArchiveRecord Draft() => new()
    {
        Source = new SourceIdentifier { Archive = Archive, RecordId = "ferry-draft" },
        Title = "Draft about the quarantine pier",
        Status = RecordStatus.Draft,
        Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = "Unpublished quarantine pier text." }],
        Collections = [new CollectionMembership { CollectionId = "secret-drafts", Title = "Secret drafts" }],
    };

    public static ArchiveRecord Embargoed(DateTimeOffset until) => new()
    {
        Source = new SourceIdentifier { Archive = Archive, RecordId = "ferry-embargo" },
        Title = "Embargoed memorandum about the quarantine pier",
        EmbargoUntil = until,
        Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = "Embargoed quarantine pier text." }],
        Collections = [new CollectionMembership { CollectionId = "harbour-letters", Title = "Harbour letters", Number = "3" }],
    };

    public static ArchiveRecord Withdrawn() => new()
    {
        Source = new SourceIdentifier { Archive = Archive, RecordId = "ferry-withdrawn" },
        Title = "Withdrawn telegram",
        Status = RecordStatus.Withdrawn,
        Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = "Withdrawn telegram text." }],
        Collections = [new CollectionMembership { CollectionId = "harbour-letters", Title = "Harbour letters", Number = "4" }],
    };

    public static ArchiveRecord ToDelete() => new()
    {
        Source = new SourceIdentifier { Archive = Archive, RecordId = "ferry-deleted" },
        Title = "Telegram imported by mistake",
        Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = "Deleted telegram text." }],
    };
}
