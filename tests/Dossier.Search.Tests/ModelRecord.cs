using Dossier.Core.Records;
using Dossier.Testing;

namespace Dossier.Search.Tests;

/// <summary>
/// The model record (Wilson Center 119698) built from the fixture in ../shared: a Russian transcription, an
/// Azerbaijani OCR original and an English translation. The text is read at test time, never copied here.
/// </summary>
internal static class ModelRecord
{
    public const string Archive = "Wilson Center Digital Archive";

    public static ArchiveRecord Load()
    {
        var lines = File.ReadAllLines(Shared.ModelRecord);
        var russianStart = Array.FindIndex(lines, l => l.StartsWith("ПЕРВОМУ", StringComparison.Ordinal));
        var russianEnd = Array.FindIndex(lines, russianStart, l => l.StartsWith("1.1лк", StringComparison.Ordinal));
        var englishStart = Array.FindIndex(lines, l => l.StartsWith("TO FIRST SECRETARY", StringComparison.Ordinal));
        string Join(int from, int to) => string.Join("\n", lines[from..to]).Trim();
        return new ArchiveRecord
        {
            Id = RecordId.For(Archive, "119698"),
            Source = new SourceIdentifier { Archive = Archive, RecordId = "119698" },
            Title = "Letter to CPSU Central Committee Secretary Khrushchev, from Engineer and Political Émigré Mir Aga Azari",
            Date = HistoricalDate.Day(new DateOnly(1955, 8, 2)),
            OriginalLanguages = ["ru"],
            ArchivalReference = new ArchivalReference { Repository = "RGANI", Fond = "5", Opis = "28", Delo = "347" },
            Collections = [new CollectionMembership { CollectionId = "iran-azerbaijan", Title = "Iran-Azerbaijan" }],
            People = [new EntityLink { Name = "Khrushchev, Nikita", AuthorityId = "p-khrushchev" }],
            Layers =
            [
                new TextLayer { Kind = LayerKind.Transcription, Lang = "ru", Text = Join(russianStart, russianEnd + 1) },
                new TextLayer
                {
                    Kind = LayerKind.Original,
                    Lang = "az-Cyrl",
                    Text = Join(russianEnd + 1, englishStart),
                    Provenance = new LayerProvenance { Method = CaptureMethod.Ocr, OcrEngine = "unknown" },
                },
                new TextLayer { Kind = LayerKind.Translation, Lang = "en", Text = Join(englishStart, lines.Length) },
            ],
        };
    }
}
