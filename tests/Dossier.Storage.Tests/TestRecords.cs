using Dossier.Core.Authorities;
using Dossier.Core.Records;

namespace Dossier.Storage.Tests;

/// <summary>Invented records and authorities for the tests.</summary>
public static class TestRecords
{
    public const string Archive = "Test Archive";

    public static ArchiveRecord Simple(string sourceId, string title = "A short note") => new()
    {
        Source = new SourceIdentifier { Archive = Archive, RecordId = sourceId },
        Title = title,
        Date = HistoricalDate.Year(1956),
        Layers = [new TextLayer { Kind = LayerKind.Translation, Lang = "en", Text = "Text of " + sourceId }],
    };

    /// <summary>A record using every field of the model, with text in several scripts.</summary>
    public static ArchiveRecord Full(string sourceId = "vol7/d42") => new()
    {
        Id = RecordId.For(Archive, sourceId),
        Source = new SourceIdentifier { Archive = Archive, RecordId = sourceId, Url = "https://example.org/doc/" + sourceId },
        Title = "Memorandum on the harbour works at Пишевери (Ləmbəran)",
        Date = HistoricalDate.Range(HistoricalDate.Month(1955, 3), HistoricalDate.Day(new DateOnly(1955, 6, 12))),
        PlaceOfWriting = "Тбилиси",
        Summary = "An invented summary: \"quotes\", <angle brackets> & ampersands, emoji 🗂 and a tab\there.",
        Citation = "Archive X, f. 5, op. 28, d. 347, ll. 118-121.",
        ArchivalReference = new ArchivalReference
        {
            Repository = "RGANI",
            Fond = "5",
            Opis = "28",
            Delo = "347",
            Sheets = "118-121",
            Reel = "83",
            Series = "Department of invented affairs",
            Text = null,
        },
        Contributors =
        [
            new Contributor { Name = "Ana Ivanova", Role = ContributorRole.Translator, AuthorityId = "p-ivanova" },
            new Contributor { Name = "Editorial Board", Role = ContributorRole.Editor },
        ],
        OriginalLanguages = ["ru", "az-Cyrl"],
        Layers =
        [
            new TextLayer
            {
                Kind = LayerKind.Original,
                Lang = "ru",
                Provenance = new LayerProvenance { Method = CaptureMethod.Ocr, OcrEngine = "tesseract 5.3.0", Confidence = 0.873, LanguageEvidence = "detected" },
                Text = "Совершенно секретно.\nТекст первой страницы.\fТекст второй страницы.",
                Pages =
                [
                    new LayerPage { Start = 0, Number = "118", Marginalia = [new Marginal { Kind = MarginalKind.Stamp, Text = "АРХИВ 12" }] },
                    new LayerPage { Start = 44, Number = "119", Marginalia = [new Marginal { Kind = MarginalKind.Folio, Text = "4" }, new Marginal { Kind = MarginalKind.Note, Text = "см. выше" }] },
                ],
                Notes = [new LayerNote { Label = "1", Anchor = 20, Text = "Примечание редактора." }],
            },
            new TextLayer
            {
                Kind = LayerKind.Translation,
                Lang = "en",
                Provenance = new LayerProvenance { Method = CaptureMethod.Manual, Translator = "Ana Ivanova", LanguageEvidence = "source" },
                Text = "Top secret.\nText of the first page.",
                Notes = [new LayerNote { Label = "*", Anchor = 3, Text = "Translator's note." }],
            },
        ],
        People = [new EntityLink { Name = "N. S. Khrushchev", AuthorityId = "p-khrushchev", SourceKey = "p_KNS1" }, new EntityLink { Name = "Someone unnamed" }],
        Places = [new EntityLink { Name = "Пишевери", AuthorityId = "pl-pishevery" }],
        Organisations = [new EntityLink { Name = "Central Committee", AuthorityId = "o-cc" }],
        Subjects = ["Harbours", "Économie"],
        Collections = [new CollectionMembership { CollectionId = "vol7", Title = "Volume Seven", Number = "42" }],
        Rights = "Invented rights statement.",
        Status = RecordStatus.Draft,
        EmbargoUntil = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
    };

    public static Authority Person(string id, string preferred, params (string Name, string? Lang)[] variants) => new()
    {
        Id = id,
        Kind = AuthorityKind.Person,
        PreferredName = preferred,
        Variants = variants.Select(v => new NameVariant { Name = v.Name, Lang = v.Lang }).ToList(),
    };
}
