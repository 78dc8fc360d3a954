using Dossier.Core.Records;
using Dossier.Core.Search;

namespace Dossier.Search.Tests;

public sealed class FacetTests
{
    private static readonly string[] Langs = ["en", "ru", "az-Cyrl"];
    private static readonly string[] Collections = ["c1", "c2", "c3"];
    private static readonly string[] People = ["Ivanov", "Petrova", "Smith"];
    private static readonly string[] Subjects = ["oil", "borders", "schools"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static List<ArchiveRecord> Records()
    {
        var random = new Random(7);
        return Enumerable.Range(0, 40).Select(i =>
        {
            var river = i % 3 != 0;
            var people = People.Where(_ => random.Next(2) == 0).ToArray();
            var subjects = Subjects.Where(_ => random.Next(3) == 0).ToArray();
            var extra = random.Next(4) == 0
                ? new[] { new TextLayer { Kind = LayerKind.Translation, Lang = "en", Text = "an invented translation about a river" } }
                : [];
            return SyntheticRecords.Make(
                "f" + i,
                (river ? "the river crossing " : "the mountain pass ") + i,
                lang: Langs[random.Next(Langs.Length)],
                year: random.Next(4) == 0 ? null : 1948 + random.Next(20),
                collection: random.Next(5) == 0 ? null : Collections[random.Next(Collections.Length)],
                repository: random.Next(2) == 0 ? "RGANI" : "NARA",
                people: people,
                subjects: subjects,
                more: extra);
        }).ToList();
    }

    private static bool MatchesRiver(ArchiveRecord r) => r.Layers.Any(l => l.Text.Contains("river", StringComparison.Ordinal));

    [Fact]
    public async Task Should_count_facets_over_all_matching_records()
    {
        using var archive = new IndexedArchive();
        var records = Records();
        await archive.AddAsync([.. records]);
        var matching = records.Where(MatchesRiver).ToList();

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "river", Facets = true, Limit = 3 }, Cancel);

        Assert.Equal(matching.Count, result.Total);
        Assert.Equal(3, result.Hits.Count);
        AssertCounts(Count(matching, r => r.Layers.Select(l => l.Lang)), result.Facets["lang"]);
        AssertCounts(Count(matching, r => r.Layers.Select(l => l.Kind.ToString().ToLowerInvariant())), result.Facets["kind"]);
        AssertCounts(Count(matching, r => r.Date is null ? [] : [r.Date.Start.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)]), result.Facets["year"]);
        AssertCounts(Count(matching, r => r.Date is null ? [] : [(r.Date.Start.Year / 10 * 10).ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + "s"]), result.Facets["decade"]);
        AssertCounts(Count(matching, r => r.Collections.Select(c => c.CollectionId)), result.Facets["collection"]);
        AssertCounts(Count(matching, r => [r.ArchivalReference!.Repository!]), result.Facets["repository"]);
        AssertCounts(Count(matching, r => r.People.Select(p => p.AuthorityId!)), result.Facets["person"]);
        AssertCounts(Count(matching, r => r.Subjects), result.Facets["subject"]);
        Assert.Equal(result.Facets["year"].Select(v => v.Value).Order(StringComparer.Ordinal), result.Facets["year"].Select(v => v.Value));
        Assert.All(result.Facets["person"], v => Assert.Equal(v.Value, "a-" + v.Label!.ToLowerInvariant()));
    }

    [Fact]
    public async Task Should_filter_by_metadata_and_agree_with_the_facet_counts()
    {
        using var archive = new IndexedArchive();
        var records = Records();
        await archive.AddAsync([.. records]);
        var all = await archive.Index.SearchAsync(new SearchRequest { Query = "river", Facets = true }, Cancel);

        foreach (var value in all.Facets["collection"])
        {
            var filtered = await archive.Index.SearchAsync(new SearchRequest { Query = "river", Collections = [value.Value] }, Cancel);
            Assert.Equal(value.Count, filtered.Total);
        }
        var ivanov = await archive.Index.SearchAsync(new SearchRequest { Query = "river", People = ["Ivanov"] }, Cancel);
        Assert.Equal(records.Count(r => MatchesRiver(r) && r.People.Any(p => p.Name == "Ivanov")), ivanov.Total);
        var ru = await archive.Index.SearchAsync(new SearchRequest { Query = "river", Languages = ["ru"], LayerKinds = ["transcription"] }, Cancel);
        // The words must match in a layer of the language and kind asked for, not merely in a record that has one.
        Assert.Equal(records.Count(r => r.Layers.Any(l => l.Lang == "ru" && l.Kind == LayerKind.Transcription && l.Text.Contains("river", StringComparison.Ordinal))), ru.Total);
        Assert.True(ru.Total < records.Count(r => MatchesRiver(r) && r.Layers.Any(l => l.Lang == "ru")));
        var az = await archive.Index.SearchAsync(new SearchRequest { Query = "", Languages = ["az"] }, Cancel);
        Assert.Equal(records.Count(r => r.Layers.Any(l => l.Lang == "az-Cyrl")), az.Total);
    }

    [Fact]
    public async Task Should_sort_by_date_and_page_through_every_hit()
    {
        using var archive = new IndexedArchive();
        var records = Records();
        await archive.AddAsync([.. records]);
        var expected = records.Where(r => MatchesRiver(r) && r.Date is not null).OrderBy(r => r.Date!.Start).Select(r => r.Date!.Start.Year).ToList();

        var pages = new List<SearchHit>();
        for (var offset = 0; offset < 60; offset += 7)
        {
            var page = await archive.Index.SearchAsync(new SearchRequest { Query = "river", Sort = SearchSort.DateAscending, Offset = offset, Limit = 7 }, Cancel);
            pages.AddRange(page.Hits);
        }
        var descending = await archive.Index.SearchAsync(new SearchRequest { Query = "river", Sort = SearchSort.DateDescending, Limit = 100 }, Cancel);

        Assert.Equal(records.Count(MatchesRiver), pages.Select(h => h.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(expected, pages.Where(h => h.Date is not null).Select(h => h.Date!.Start.Year));
        Assert.Null(pages[^1].Date);
        Assert.Equal(expected.AsEnumerable().Reverse(), descending.Hits.Where(h => h.Date is not null).Select(h => h.Date!.Start.Year));
    }

    private static Dictionary<string, int> Count(IEnumerable<ArchiveRecord> records, Func<ArchiveRecord, IEnumerable<string>> values) =>
        records.SelectMany(r => values(r).Distinct(StringComparer.Ordinal)).GroupBy(v => v, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static void AssertCounts(Dictionary<string, int> expected, IReadOnlyList<FacetValue> actual)
    {
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.Select(v => new KeyValuePair<string, int>(v.Value, v.Count)).OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
