using Dossier.Core.Search;

namespace Dossier.Search.Tests;

/// <summary>A web server searches from many threads at once; facets and labels must come out as they do one at a time.</summary>
public sealed class ConcurrentSearchTests(TeiMiniArchive archive) : IClassFixture<TeiMiniArchive>
{
    [Fact]
    public async Task Should_count_the_same_facets_when_many_searches_run_at_once()
    {
        var queries = new[] { "Khrushchev", "Berlin", "Soviet Union", "Kennedy", "Cuba", "Gromyko", "disarmament", "Moscow" };
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            expected[query] = Describe(await archive.Index.SearchAsync(new SearchRequest { Query = query, Facets = true }, TestContext.Current.CancellationToken));
        }

        var runs = Enumerable.Range(0, 400).Select(i => queries[i % queries.Length]).ToList();
        var results = await Task.WhenAll(runs.Select(query => Task.Run(async () =>
            (query, Describe(await archive.Index.SearchAsync(new SearchRequest { Query = query, Facets = true }, TestContext.Current.CancellationToken))))));

        Assert.All(results, r => Assert.Equal(expected[r.query], r.Item2));
    }

    private static string Describe(SearchResult result) =>
        result.Total + ";" + string.Join(";", result.Facets.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Key + "=" + string.Join(",", f.Value.Select(v => $"{v.Value}:{v.Label}:{v.Count}"))));
}
