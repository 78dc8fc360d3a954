using Dossier.Core.Search;

namespace Dossier.Search.Tests;

/// <summary>
/// Places whose name in one language takes several words (США: the United States; Советский Союз: the Soviet Union, USSR;
/// Нью-Йорк: New York): found by the name in the other language, as a phrase, in search, highlighting, "why" and the finders.
/// </summary>
public sealed class PlaceNameTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The text of the one match marked in the hit's one snippet.</summary>
    private static string OnlyMark(SearchHit hit)
    {
        var snippet = Assert.Single(hit.Snippets);
        var mark = Assert.Single(snippet.Highlights);
        return snippet.Text.Substring(mark.Start, mark.Length);
    }

    [Fact]
    public async Task Should_find_the_english_name_of_several_words_of_a_place_russian_writes_in_one()
    {
        // A record's key is in its title: none here is a word of a query.
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("cable", "an invented cable on the policy of the United\nStates in Asia"),
            SyntheticRecords.Make("apart", "an invented note: the states of the region were united against it"),
            SyntheticRecords.Make("initials", "an invented telegram on USA policy"),
            SyntheticRecords.Make("harvest", "an invented note on the harvest"));

        var found = await archive.Index.SearchAsync(new SearchRequest { Query = "США" }, Cancel);

        Assert.Equal(["cable", "initials"], found.Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal));
        var cable = found.Hits.Single(h => h.SourceId == "cable");
        // The name broken over a line is one match, marked whole (a snippet's lines are joined) and told with one space.
        Assert.Contains("United States — English name of США", cable.Why);
        Assert.Equal("United States", OnlyMark(cable));
    }

    [Fact]
    public async Task Should_find_a_place_named_by_russian_words_side_by_side_in_any_case_by_its_english_names()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("embassy", "an invented telegram from the embassy in the Soviet Union"),
            SyntheticRecords.Make("initials", "an invented report on the USSR and its neighbours"),
            SyntheticRecords.Make("apart", "an invented note on a Soviet proposal for a customs union"),
            SyntheticRecords.Make("hyphen", "an invented cable from New York on the vote"),
            SyntheticRecords.Make("york", "an invented letter from the Archbishop of York"),
            SyntheticRecords.Make("latin", "an invented report on Latin America"),
            SyntheticRecords.Make("dakar", "an invented cable from Dakar in French West Africa"));

        Assert.Equal(["embassy", "initials"], await archive.FoundAsync("Советский Союз"));
        Assert.Equal(["embassy", "initials"], await archive.FoundAsync("Советского Союза"));
        Assert.Equal(["hyphen"], await archive.FoundAsync("Нью-Йорке"));
        var embassy = (await archive.Index.SearchAsync(new SearchRequest { Query = "Советскому Союзу" }, Cancel)).Hits.Single(h => h.SourceId == "embassy");
        Assert.Contains("Soviet Union — English name of Советскому Союзу", embassy.Why);
        // A name within longer words counts as the words typed: of three, one is needed (Французской finds nothing here).
        Assert.Equal(["dakar"], await archive.FoundAsync("Французской Западной Африки"));
        var hyphen = (await archive.Index.SearchAsync(new SearchRequest { Query = "Нью-Йорке" }, Cancel)).Hits.Single();
        Assert.Contains("New York — English name of Нью-Йорке", hyphen.Why);
        // Америки alone is America too: the name is marked once, whole, not America again within it.
        var latin = (await archive.Index.SearchAsync(new SearchRequest { Query = "Латинской Америки" }, Cancel)).Hits.Single();
        Assert.Equal("Latin America", OnlyMark(latin));
    }

    [Fact]
    public async Task Should_find_the_russian_names_of_a_place_english_names_in_several_words_ranked_below_the_name_as_typed()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("pismo", "выдуманное письмо послу Советского Союза в Иране", lang: "ru"),
            SyntheticRecords.Make("telegramma", "выдуманная телеграмма правительству СССР", lang: "ru"),
            SyntheticRecords.Make("nyu-york", "выдуманное сообщение о голосовании в Нью-Йорке", lang: "ru"),
            SyntheticRecords.Make("embassy", "an invented telegram from the embassy in the Soviet Union"),
            SyntheticRecords.Make("apart", "an invented note on a Soviet proposal for a customs union"));

        var soviet = await archive.Index.SearchAsync(new SearchRequest { Query = "Soviet Union" }, Cancel);

        Assert.Equal(["apart", "embassy", "pismo", "telegramma"], soviet.Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal));
        // The records holding the words as typed first.
        Assert.Equal(["apart", "embassy"], soviet.Hits.Take(2).Select(h => h.SourceId).Order(StringComparer.Ordinal));
        Assert.Contains("Советского Союза — Russian name of Soviet Union", soviet.Hits.Single(h => h.SourceId == "pismo").Why);
        Assert.Contains("СССР — Russian name of Soviet Union", soviet.Hits.Single(h => h.SourceId == "telegramma").Why);
        Assert.Equal(["nyu-york"], await archive.FoundAsync("New York"));
        // One English word, a Russian name of several.
        Assert.Equal(["pismo", "telegramma"], await archive.FoundAsync("USSR"));
    }

    [Fact]
    public async Task Should_find_a_place_by_its_other_russian_names()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("pismo", "выдуманное письмо послу Советского Союза в Иране", lang: "ru"),
            SyntheticRecords.Make("telegramma", "выдуманная телеграмма правительству СССР", lang: "ru"),
            SyntheticRecords.Make("shtaty", "выдуманная записка о политике Соединенных Штатов", lang: "ru"),
            SyntheticRecords.Make("ssha", "выдуманная записка о политике США", lang: "ru"),
            SyntheticRecords.Make("soyuz", "выдуманная записка о союзе писателей", lang: "ru"));

        Assert.Equal(["pismo", "telegramma"], await archive.FoundAsync("СССР"));
        Assert.Equal(["pismo", "telegramma"], await archive.FoundAsync("Советский Союз"));
        Assert.Equal(["shtaty", "ssha"], await archive.FoundAsync("США"));
        Assert.Equal(["shtaty", "ssha"], await archive.FoundAsync("Соединенные Штаты"));
        var ussr = (await archive.Index.SearchAsync(new SearchRequest { Query = "СССР" }, Cancel)).Hits.Single(h => h.SourceId == "pismo");
        Assert.Contains("Советского Союза — Russian name of СССР", ussr.Why);
    }

    [Fact]
    public async Task Should_find_a_place_in_the_finder_by_its_name_in_the_other_language_in_one_word_or_several()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("embassy", "an invented telegram from the embassy in the Soviet Union"),
            SyntheticRecords.Make("hyphen", "an invented cable from New York on the vote"));

        Assert.True(await MatchesAsync(archive, "Советский Союз", "Soviet Union"));
        Assert.True(await MatchesAsync(archive, "СССР", "Soviet Union"));
        Assert.True(await MatchesAsync(archive, "Нью-Йорк", "New York"));
        Assert.True(await MatchesAsync(archive, "Soviet Union", "Soviet Union"));
        Assert.False(await MatchesAsync(archive, "Советский Союз", "Soviet Zone of Germany"));
        Assert.False(await MatchesAsync(archive, "США", "Union of South Africa"));
    }

    private static async Task<bool> MatchesAsync(IndexedArchive archive, string query, string name) =>
        (await archive.Index.Names.ReadAsync(query, Cancel))(name);
}
