using Dossier.Core.Search;

namespace Dossier.Search.Tests;

public sealed class RankingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_rank_exact_before_other_script_before_variant_spellings()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("variant", "a note that Krushchev spoke at length"),
            SyntheticRecords.Make("cyrillic", "записка о том, что Хрущев говорил долго", lang: "ru"),
            SyntheticRecords.Make("exact", "a note that Khrushchev spoke at length"),
            SyntheticRecords.Make("other", "a note that somebody spoke at length"));

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "Khrushchev" }, Cancel);

        Assert.Equal(["exact", "cyrillic", "variant"], result.Hits.Select(h => h.SourceId));
        Assert.Equal(3, result.Total);
    }

    [Fact]
    public async Task Should_count_every_word_wherever_the_record_holds_it()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("one", "the harbour"),
            SyntheticRecords.Make("both", "the harbour", more: new Dossier.Core.Records.TextLayer { Kind = Dossier.Core.Records.LayerKind.Translation, Lang = "ru", Text = "маяк" }));

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "harbour маяк" }, Cancel);

        // The two words in two layers of one record count as both held: it ranks first, and the page is not partial.
        Assert.Equal(["both", "one"], result.Hits.Select(h => h.SourceId));
        Assert.False(result.Partial);
    }

    [Fact]
    public async Task Should_open_and_catch_up_in_one_call()
    {
        using var folder = new Dossier.Testing.TempFolder();
        var store = new InMemoryRecordStore();
        await store.UpsertAsync([SyntheticRecords.Make("early", "an invented almanac")], Cancel);

        using var index = await LuceneSearchIndex.OpenAsync(store, folder.Path, cancellationToken: Cancel);

        Assert.Equal(1, index.AppliedSequence);
        Assert.Equal(1, (await index.SearchAsync(new SearchRequest { Query = "almanac" }, Cancel)).Total);
        Assert.True(Directory.Exists(Path.Combine(folder.Path, "index")));
    }
}
