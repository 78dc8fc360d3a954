using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Importing;
using Dossier.Core.Records;

namespace Dossier.Interop.Tests.Jsonl;

/// <summary>Invented records, authorities and collections of varied shape, and a sink that keeps what a reader hands it.</summary>
internal static class JsonlSamples
{
    public static List<ArchiveRecord> Records() =>
    [
        new()
        {
            Source = new SourceIdentifier { Archive = "Invented Archive", RecordId = "vol1/d1", Url = "https://example.org/vol1/d1" },
            Title = "Telegram about the grain harvest in Ганджа",
            Date = HistoricalDate.Day(new DateOnly(1957, 9, 14)),
            PlaceOfWriting = "Bakı",
            Summary = "Invented: \"quoted\", <tag>, & and a\nnewline and an emoji 📜.",
            ArchivalReference = new ArchivalReference { Repository = "ARPIISSA", Fond = "1", Opis = "2", Delo = "3", Sheets = "4-5" },
            Contributors = [new Contributor { Name = "Leyla Q.", Role = ContributorRole.Translator, AuthorityId = "p-leyla" }],
            OriginalLanguages = ["az-Cyrl"],
            Layers =
            [
                new TextLayer
                {
                    Kind = LayerKind.Original, Lang = "az-Cyrl",
                    Provenance = new LayerProvenance { Method = CaptureMethod.Ocr, OcrEngine = "tesseract 5.3.0", Confidence = 0.5 },
                    Text = "Мәхфи.\nТахыл јығымы һаггында.",
                    Pages = [new LayerPage { Start = 0, Number = "4", Marginalia = [new Marginal { Kind = MarginalKind.Stamp, Text = "ARXIV" }] }, new LayerPage { Start = 7, Number = "5" }],
                    Notes = [new LayerNote { Label = "1", Anchor = 6, Text = "Qeyd." }],
                },
                new TextLayer { Kind = LayerKind.Translation, Lang = "en", Provenance = new LayerProvenance { Translator = "Leyla Q." }, Text = "Secret.\nOn the grain harvest." },
            ],
            People = [new EntityLink { Name = "Leyla Q.", AuthorityId = "p-leyla", SourceKey = "k1" }],
            Places = [new EntityLink { Name = "Ганджа", AuthorityId = "pl-ganja" }],
            Subjects = ["Agriculture"],
            Collections = [new CollectionMembership { CollectionId = "vol1", Title = "Volume One", Number = "1" }],
            Rights = "CC0 (invented)",
        },
        new()
        {
            Source = new SourceIdentifier { Archive = "Invented Archive", RecordId = "vol1/d2" },
            Title = "Undated fragment",
            Status = RecordStatus.Draft,
            EmbargoUntil = new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.FromHours(-5)),
        },
        new()
        {
            Source = new SourceIdentifier { Archive = "Other Archive", RecordId = "77" },
            Title = "Circa letter",
            Date = HistoricalDate.Approximate(HistoricalDate.Year(1946)),
            Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "ru", Text = "Письмо." }],
            Collections = [new CollectionMembership { CollectionId = "vol1", Title = "Volume One" }],
        },
    ];

    public static List<Authority> Authorities() =>
    [
        new() { Id = "pl-ganja", Kind = AuthorityKind.Place, PreferredName = "Ganja", Variants = [new NameVariant { Name = "Ганджа", Lang = "ru", Source = "vol1" }] },
        new() { Id = "p-leyla", Kind = AuthorityKind.Person, PreferredName = "Q., Leyla", Description = "Invented translator.", SourceKeys = ["vol1#k1"] },
    ];

    public static List<Collection> Collections() =>
    [
        new() { Id = "vol1", Title = "Volume One", Description = "Invented volume.", Url = "https://example.org/vol1" },
        new() { Id = "other", Title = "Other" },
    ];

    public sealed class ListSink : IImportSink
    {
        public List<ArchiveRecord> Records { get; } = [];

        public List<Authority> Authorities { get; } = [];

        public List<Collection> Collections { get; } = [];

        public ValueTask AddRecordAsync(ArchiveRecord record, CancellationToken cancellationToken = default)
        {
            Records.Add(record);
            return ValueTask.CompletedTask;
        }

        public ValueTask AddAuthorityAsync(Authority authority, CancellationToken cancellationToken = default)
        {
            Authorities.Add(authority);
            return ValueTask.CompletedTask;
        }

        public ValueTask AddCollectionAsync(Collection collection, CancellationToken cancellationToken = default)
        {
            Collections.Add(collection);
            return ValueTask.CompletedTask;
        }
    }
}
