using Dossier.Search.Analysis;

namespace Dossier.Search.Tests.Analysis;

/// <summary>
/// The loose skeleton "did you mean" offers names by: a name as Russian writes a foreign one, romanized as the latn
/// field has it, meets the name as the archive spells it; a short name whose first vowel differs does not. Longer names
/// may share a key (Eisenhower, Senghor): "did you mean" offers, of those, the fewest letters away.
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
    [InlineData("Eizenhauer", "Eisenhower")]
    public void Should_give_a_name_as_russian_writes_it_the_loose_key_of_the_name_as_the_archive_spells_it(string written, string name)
    {
        var keys = Keys(written);
        var key = Assert.Single(Keys(name));

        Assert.Contains(key, keys);
    }

    [Theory]
    [InlineData("Кипр", "Kooper")]
    [InlineData("Насер", "Nosair")]
    [InlineData("Гувер", "Haver")]
    public void Should_keep_names_of_three_consonants_apart_by_their_first_vowel(string written, string other) =>
        Assert.Empty(Keys(written).Intersect(Keys(other)));

    [Theory]
    [InlineData("Иден")]
    [InlineData("Eden")]
    [InlineData("Каир")]
    public void Should_give_no_key_to_a_name_of_two_consonants(string written) =>
        Assert.Empty(Keys(written));

    private static HashSet<string> Keys(string written) =>
        [.. DossierAnalyzers.Terms(SearchFields.Latin, written, "ru").Concat(DossierAnalyzers.Terms(SearchFields.Latin, written, "en"))
            .Select(t => PhoneticKey.Loose(t)).OfType<string>()];
}
