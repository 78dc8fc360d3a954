using Dossier.Core.Records;

namespace Dossier.Web.Tests.Support;

/// <summary>Records written for these tests (invented text): hostile markup, a draft, an embargo, a bilingual letter.</summary>
internal static class InventedRecords
{
    public const string Archive = "Dossier test archive";

    public const string Script = "<script>alert(1)</script>";

    public const string Image = "<img src=x onerror=alert(1)>";

    public static ArchiveRecord Hostile() => new()
    {
        Source = new SourceIdentifier { Archive = Archive, RecordId = "hostile-1", Url = "javascript:alert(1)" },
        Title = "Harbour report " + Script,
        Date = HistoricalDate.Day(new DateOnly(1962, 3, 14)),
        Summary = "A summary with an image " + Image + " inside.",
        Citation = "Cited as " + Script,
        ArchivalReference = new ArchivalReference { Repository = "TESTARCH", Fond = "9", Opis = "1", Delo = Image },
        Contributors = [new Contributor { Name = "Translator " + Image, Role = ContributorRole.Translator }],
        OriginalLanguages = ["en"],
        Layers =
        [
            new TextLayer
            {
                Kind = LayerKind.Transcription,
                Lang = "en",
                Text = "The harbour master wrote " + Script + " and then " + Image + " before noon.",
                Pages = [new LayerPage { Start = 0, Number = "1", Marginalia = [new Marginal { Kind = MarginalKind.Stamp, Text = "Stamp " + Script }] }],
                Notes = [new LayerNote { Label = "a", Anchor = 10, Text = "A note " + Image }],
            },
        ],
        People = [new EntityLink { Name = "Person " + Script }],
        Collections = [new CollectionMembership { CollectionId = "invented-letters", Title = "Invented letters " + Image, Number = "1" }],
    };

    public static ArchiveRecord Letter() => new()
    {
        Source = new SourceIdentifier { Archive = Archive, RecordId = "lighthouse-1" },
        Title = "Letter from the lighthouse keeper",
        Date = HistoricalDate.Day(new DateOnly(1958, 6, 1)),
        Summary = "The keeper of the northern lighthouse asks for lamp oil.",
        OriginalLanguages = ["ru"],
        Layers =
        [
            new TextLayer
            {
                Kind = LayerKind.Original,
                Lang = "ru",
                Provenance = new LayerProvenance { Method = CaptureMethod.Ocr, OcrEngine = "tesseract 5.3.0", Confidence = 0.82 },
                Text = "Смотритель северного маяка просит масла для лампы.\n\nМаяк светит каждую ночь.",
                Pages = [new LayerPage { Start = 0, Number = "7" }, new LayerPage { Start = 52, Number = "8", Marginalia = [new Marginal { Kind = MarginalKind.Note, Text = "срочно" }] }],
            },
            new TextLayer
            {
                Kind = LayerKind.Translation,
                Lang = "en",
                Provenance = new LayerProvenance { Translator = "A. Tester" },
                Text = "The keeper of the northern lighthouse asks for lamp oil.\n\nThe lighthouse shines every night.",
                Pages = [new LayerPage { Start = 0, Number = "7" }, new LayerPage { Start = 58, Number = "8" }],
                Notes = [new LayerNote { Label = "1", Anchor = 56, Text = "Kerosene, most likely." }],
            },
        ],
        Collections = [new CollectionMembership { CollectionId = "invented-letters", Title = "Invented letters", Number = "2" }],
    };

    public static ArchiveRecord Draft() => new()
    {
        Source = new SourceIdentifier { Archive = Archive, RecordId = "draft-1" },
        Title = "Unpublished note on the quarantine station",
        Status = RecordStatus.Draft,
        Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = "The quarantine station zebrafinch draft." }],
    };

    public static ArchiveRecord Embargoed() => new()
    {
        Source = new SourceIdentifier { Archive = Archive, RecordId = "embargo-1" },
        Title = "Embargoed memorandum on the quarantine station",
        EmbargoUntil = new DateTimeOffset(2999, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = "The quarantine station zebrafinch embargo." }],
    };

    public static IReadOnlyList<ArchiveRecord> All() => [Hostile(), Letter(), Draft(), Embargoed()];
}
