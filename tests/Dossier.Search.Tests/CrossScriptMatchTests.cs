using Dossier.Core.Search;

namespace Dossier.Search.Tests;

/// <summary>
/// The name and word variants of issue 8, tried on the tei-mini volumes as a new user would: a Russian name finds
/// its romanized spellings and no name that merely sounds close; a Russian word meets its English form.
/// </summary>
public sealed class CrossScriptMatchTests(TeiMiniArchive archive) : IClassFixture<TeiMiniArchive>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_not_find_bayar_or_berry_by_beria_in_cyrillic()
    {
        var result = await Search("Берия");

        Assert.NotEmpty(result.Hits);
        Assert.DoesNotContain(result.Hits.SelectMany(h => h.Why), w => w.Contains("Bayar", StringComparison.OrdinalIgnoreCase) || w.Contains("Berry", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(result.Facets.GetValueOrDefault("person") ?? [], f => (f.Label ?? f.Value).Contains("Bayar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_find_the_same_records_for_beria_and_beriya_in_either_script()
    {
        var latin = await Search("Beria");
        var cyrillic = await Search("Берия");
        var beriya = await Search("Beriya");

        Assert.Equal(Ids(cyrillic), Ids(latin));
        Assert.Equal(Ids(latin), Ids(beriya));
        Assert.True(latin.Total > 8, $"Beria finds {latin.Total} records; 8 spell it Beria, more spell it Beriya");
    }

    [Fact]
    public async Task Should_find_the_cuba_documents_by_the_russian_word()
    {
        var russian = await Search("Куба");
        var english = await Search("Cuba");

        Assert.True(english.Total > 0);
        Assert.Equal(Ids(english), Ids(russian));
    }

    [Theory]
    [InlineData("Эйзенхауэр", "Eisenhower")]
    [InlineData("Женева", "Geneva")]
    [InlineData("Даллес", "Dulles")]
    [InlineData("Гарриман", "Harriman")]
    [InlineData("Гувер", "Hoover")]
    [InlineData("Хэмфри", "Humphrey")]
    public async Task Should_find_a_foreign_name_written_in_russian_where_the_records_spell_it_in_english(string russian, string english)
    {
        var cyrillic = await Search(russian);
        var latin = await Search(english);

        Assert.True(latin.Total > 0);
        // The English word may also match by its English stem (Dulles as "dull"); the Russian one is a name.
        var missed = latin.Hits.Where(h => !Ids(cyrillic).Contains(h.SourceId)).ToList();
        Assert.Subset(Ids(latin).ToHashSet(), Ids(cyrillic).ToHashSet());
        Assert.All(missed, hit => Assert.Contains(hit.Why, why => why.Contains("form of " + english, StringComparison.Ordinal)));
        Assert.True(cyrillic.Total >= latin.Total - missed.Count, $"{russian} finds {cyrillic.Total}, {english} {latin.Total}");
    }

    [Fact]
    public async Task Should_not_find_germany_by_the_romanization_of_harriman_in_russian()
    {
        var result = await Search("Гарриман");

        Assert.NotEmpty(result.Hits);
        Assert.DoesNotContain(result.Hits.SelectMany(h => h.Why), w => w.StartsWith("German", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Biriya")]
    [InlineData("Berriman")]
    [InlineData("Bayarov")]
    public async Task Should_not_find_absent_names_that_sound_close(string name)
    {
        var result = await Search(name);

        Assert.Equal(0, result.Total);
    }

    private static List<string> Ids(SearchResult result) => [.. result.Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal)];

    private Task<SearchResult> Search(string query) =>
        archive.Index.SearchAsync(new SearchRequest { Query = query, Limit = 200, Facets = true }, Cancel);
}
