using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Search.Snippets;

namespace Dossier.Search.Tests.Consistency;

/// <summary>
/// Issue 8 item 4: search, the spellings a hit reports for highlighting (<see cref="SearchHit.Matched"/>) and the name
/// matcher the finders use (<see cref="ISearchIndex.Names"/>) follow one set of rules, and variants cost no precision.
/// </summary>
public sealed class OneMatcherTests(TeiMiniWithModelRecord archive) : IClassFixture<TeiMiniWithModelRecord>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_find_no_Bayar_and_no_Berry_for_Берия_in_search_highlights_or_finder()
    {
        var result = await SearchAsync("Берия");

        Assert.DoesNotContain(result.Hits.SelectMany(h => h.Matched), m => m.StartsWith("Bayar", StringComparison.OrdinalIgnoreCase) || m.StartsWith("Berry", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(result.Hits.SelectMany(h => h.Why), w => w.Contains("Bayar", StringComparison.Ordinal) || w.Contains("Berry", StringComparison.Ordinal));
        Assert.False(await MatchesAsync("Берия", "Bayar, Celal"));
        Assert.False(await MatchesAsync("Берия", "Berry, Burton Y."));
        Assert.True(await MatchesAsync("Берия", "Beria, Lavrenti P."));
    }

    [Fact]
    public async Task Should_find_the_records_that_spell_it_Beriya_for_Beria_as_Берия_does()
    {
        var beriya = archive.Records.Where(r => Holds(r, "Beriya")).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(beriya);

        var latin = Ids(await SearchAsync("Beria"));
        var cyrillic = Ids(await SearchAsync("Берия"));

        Assert.Superset(beriya, latin);
        Assert.Equal(cyrillic, latin);
        Assert.True(await MatchesAsync("Beria", "Beriya"));
    }

    [Fact]
    public async Task Should_find_the_Cuba_records_for_Куба()
    {
        var cuba = Ids(await SearchAsync("Cuba"));
        Assert.True(cuba.Count >= 10);

        Assert.Superset(cuba, Ids(await SearchAsync("Куба")));
        Assert.True(await MatchesAsync("Куба", "Cuba"));
    }

    [Fact]
    public async Task Should_report_every_spelling_of_Pishevari_in_the_model_record_as_matched()
    {
        var hit = Assert.Single((await SearchAsync("Pishevari", [archive.Model.Id])).Hits);

        Assert.Superset(new HashSet<string>(["Pishevari", "Pischevari", "Пишевери", "Пишеверу", "Пишевера"], StringComparer.Ordinal), hit.Matched.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_find_a_place_by_its_name_in_the_other_language_in_search_and_highlights()
    {
        // The model record's Russian layer writes "отдела Англии", its translation "Britain Department".
        var hit = Assert.Single((await SearchAsync("England", [archive.Model.Id])).Hits);
        Assert.Contains("Англии", hit.Matched);
        Assert.Contains("Англии — Russian name of England", hit.Why);

        var egypt = Ids(await SearchAsync("Egypt"));
        Assert.NotEmpty(egypt);
        Assert.Equal(egypt, Ids(await SearchAsync("Египет")));
        Assert.Equal(egypt, Ids(await SearchAsync("Египте")));
    }

    [Fact]
    public async Task Should_find_a_place_by_its_name_in_the_other_language_in_the_finder()
    {
        Assert.True(await MatchesAsync("Египет", "Egypt"));
        Assert.True(await MatchesAsync("Англия", "Britain"));
        Assert.False(await MatchesAsync("Англия", "Egypt"));
    }

    [Theory]
    [InlineData("Хрущев")]
    [InlineData("Хрущёв")]
    [InlineData("Khrushchov")]
    [InlineData("Kruschev")]
    public async Task Should_agree_in_search_highlights_and_finder_on_each_spelling_of_Khrushchev(string spelling)
    {
        var authority = await KhrushchevAsync();
        var cited = archive.Records.Where(r => r.People.Any(p => p.AuthorityId == authority.Id)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        var result = await SearchAsync(spelling);

        Assert.True(await MatchesAsync(spelling, authority.PreferredName), $"the finder's matcher misses {authority.PreferredName}");
        Assert.True(Ids(result).Count(cited.Contains) >= cited.Count * 9 / 10, $"{spelling} finds {Ids(result).Count(cited.Contains)} of {cited.Count}");
        // Every spelling search marks in a hit is one the finder's matcher accepts; a hit with none matched in its description.
        var answers = await archive.Index.Names.ReadAsync(spelling, Cancel);
        Assert.All(result.Hits.SelectMany(h => h.Matched).Distinct(StringComparer.Ordinal), m => Assert.True(answers(m), m));
        Assert.All(result.Hits.Where(h => h.Matched.Count == 0), h => Assert.Contains(HitExplainer.InDescription, h.Why));
    }

    [Theory]
    [InlineData("Kennedy")]
    [InlineData("Eisenhower")]
    [InlineData("Bayar")]
    [InlineData("Gromov")]
    [InlineData("Malenko")]
    public async Task Should_not_match_absent_names_close_in_sound_to_present_ones_in_the_model_record(string absent)
    {
        var result = await SearchAsync(absent, [archive.Model.Id]);

        Assert.Equal(0, result.Total);
        var answers = await archive.Index.Names.ReadAsync(absent, Cancel);
        Assert.DoesNotContain(archive.Model.People, p => answers(p.Name));
    }

    [Theory]
    [InlineData("Gromyko", "Gromov")]
    [InlineData("Beria", "Biriya")]
    [InlineData("Molotov", "Malenkov")]
    [InlineData("Bayar", "Baghirov")]
    public async Task Should_keep_names_close_in_sound_apart(string typed, string other) =>
        Assert.False(await MatchesAsync(typed, other));

    private async Task<Authority> KhrushchevAsync()
    {
        var found = await archive.Store.Authorities.SearchAsync(AuthorityKind.Person, "Khrushchev", 20, Cancel);
        return found.OrderByDescending(a => archive.Records.Count(r => r.People.Any(p => p.AuthorityId == a.Id))).First();
    }

    private async Task<bool> MatchesAsync(string query, string name) => (await archive.Index.Names.ReadAsync(query, Cancel))(name);

    private static bool Holds(ArchiveRecord record, string word) =>
        record.Layers.Any(l => (l.Text ?? "").Contains(word, StringComparison.Ordinal));

    private static HashSet<string> Ids(SearchResult result) => result.Hits.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);

    private Task<SearchResult> SearchAsync(string query, IReadOnlyList<string>? ids = null) =>
        archive.Index.SearchAsync(new SearchRequest { Query = query, Limit = 1000, Snippets = 0, RecordIds = ids ?? [] }, Cancel);
}
