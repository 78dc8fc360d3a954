using Dossier.Search.Analysis;

namespace Dossier.Search.Tests.Analysis;

/// <summary>
/// The loose skeleton "did you mean" offers names by: a name as Russian writes a foreign one, romanized as the latn
/// field has it, meets one of the readings of the name as the archive spells it; a short name whose first vowel is i
/// and one whose first vowel is not stay apart. Longer names may share a key (Eisenhower, Senghor): "did you mean"
/// offers, of those, the fewest letters away.
/// </summary>
public sealed class LooseKeyTests
{
    [Theory]
    [InlineData("Эйзенхауэр", "Eisenhower")]
    [InlineData("Рузвельт", "Roosevelt")]
    [InlineData("Гувер", "Hoover")]
    [InlineData("Хэмфри", "Humphrey")]
    [InlineData("Насер", "Nasser")]
    [InlineData("Париж", "Paris")]
    [InlineData("Тегеран", "Tehran")]
    [InlineData("Ганди", "Gandhi")]
    [InlineData("Раск", "Rusk")]
    [InlineData("Джонсон", "Johnson")]
    [InlineData("Болен", "Bohlen")]
    [InlineData("Киссинджер", "Kissinger")]
    [InlineData("Женева", "Geneva")]
    [InlineData("Eizenhauer", "Eisenhower")]
    public void Should_give_a_name_as_russian_writes_it_the_loose_key_of_a_reading_of_the_name_as_the_archive_spells_it(string written, string name) =>
        Assert.NotEmpty(Keys(written).Intersect(Readings(name)));

    [Theory]
    [InlineData("Кипр", "Kooper")]
    [InlineData("Лиск", "Lusk")]
    public void Should_keep_names_of_three_consonants_apart_by_whether_the_first_vowel_is_i(string written, string other) =>
        Assert.Empty(Keys(written).Intersect(Readings(other)));

    [Theory]
    [InlineData("Иден")]
    [InlineData("Eden")]
    [InlineData("Каир")]
    public void Should_give_no_key_to_a_name_of_two_consonants(string written) =>
        Assert.Empty(Keys(written));

    [Theory]
    [InlineData("Rusk", true)]
    [InlineData("Hoover", true)]
    [InlineData("Humphrey", false)]
    [InlineData("Eisenhower", false)]
    public void Should_tell_a_key_of_three_classes(string name, bool isShort) =>
        Assert.Equal(isShort, LooseKey.IsShort(Readings(name)[0]));

    [Fact]
    public void Should_read_a_name_as_written_first()
    {
        var readings = Readings("Johnson");

        Assert.Equal(LooseKey.Of("johnson"), readings[0]);
        Assert.Equal(2, readings.Count);
    }

    private static HashSet<string> Keys(string written) =>
        [.. Latin(written).Select(t => LooseKey.Of(t)).OfType<string>()];

    private static List<string> Readings(string name) =>
        [.. Latin(name).SelectMany(LooseKey.Readings).Distinct(StringComparer.Ordinal)];

    private static IEnumerable<string> Latin(string written) =>
        DossierAnalyzers.Terms(SearchFields.Latin, written, "ru").Concat(DossierAnalyzers.Terms(SearchFields.Latin, written, "en")).Distinct(StringComparer.Ordinal);
}
