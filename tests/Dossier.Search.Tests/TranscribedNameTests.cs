using Dossier.Testing;

namespace Dossier.Search.Tests;

/// <summary>
/// Places as English writes them, found in a real Russian record that writes them as Russian transcribes them: the
/// 1950 Soviet record of a conversation with Mao Zedong in the Wilson Center sample (Пекина, Пекине; Куньмина;
/// Сычуань). Each is also one typing error from the romanized word (pekina, kunmina, sychuan), so this guards what
/// reading a Latin word's transcriptions (QueryContext.AddCyrillicSpellings) adds to the matching against losing any of it;
/// the synthetic records of PrecisionTests show what only that reading finds.
/// </summary>
public sealed class TranscribedNameTests
{
    [Theory]
    [InlineData("Peking")]
    [InlineData("Kunming")]
    [InlineData("Sichuan")]
    public async Task Should_find_a_russian_record_by_a_place_as_english_writes_it(string place)
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("conversation", await File.ReadAllTextAsync(Shared.PathTo("corpora/wcda-samples/wilson_api_transcript_33548.ru.txt"), TestContext.Current.CancellationToken), lang: "ru"),
            SyntheticRecords.Make("weather", "an invented note on the weather"),
            SyntheticRecords.Make("harvest", "an invented note on the harvest"),
            SyntheticRecords.Make("fleet", "an invented note on the fleet"),
            SyntheticRecords.Make("budget", "an invented note on the budget"),
            SyntheticRecords.Make("treaty", "an invented note on the treaty"));

        Assert.Equal(["conversation"], await archive.FoundAsync(place));
    }
}
