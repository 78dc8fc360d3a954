using Dossier.Core.Search;

namespace Dossier.Search.Tests;

/// <summary>
/// A page holds the records, with their scores, found at its place in a window holding every record: a search scores
/// what may add to a record (proximity, soft words) only for records that can reach its page (see BoundedOptionalQuery),
/// and a window of every record reaches them all.
/// </summary>
public sealed class PageWindowTests(TeiMiniArchive archive) : IClassFixture<TeiMiniArchive>
{
    private static readonly string[] Headings =
    [
        "Khrushchev, Nikita S. Berlin crisis",
        "Soviet Union Cuba missiles withdrawal",
        "Kennedy Khrushchev exchange of letters (1962)",
        "Gromyko, Andrei A. disarmament talks Geneva",
        "Berlin access rights of the Western powers (see also Germany)",
        "nuclear test ban treaty negotiations",
        "United Nations Secretary General",
    ];

    [Theory]
    [InlineData(0, 10)]
    [InlineData(10, 5)]
    [InlineData(0, 1)]
    [InlineData(3, 2)]
    public async Task Should_give_a_page_the_records_and_scores_at_its_place_in_a_window_of_every_record(int offset, int limit)
    {
        foreach (var heading in Headings)
        {
            foreach (var languages in new[] { Array.Empty<string>(), ["en"] })
            {
                var window = await SearchAsync(heading, languages, 0, 1000);
                var page = await SearchAsync(heading, languages, offset, limit);

                Assert.True(window.Total > offset + limit, $"{heading}: {window.Total} records, too few to tell pages apart");
                Assert.Equal(window.Total, page.Total);
                Assert.Equal(Describe(window.Hits.Skip(offset).Take(limit)), Describe(page.Hits));
            }
        }
    }

    private Task<SearchResult> SearchAsync(string query, string[] languages, int offset, int limit) =>
        archive.Index.SearchAsync(new SearchRequest { Query = query, Languages = languages, Offset = offset, Limit = limit }, TestContext.Current.CancellationToken);

    private static List<string> Describe(IEnumerable<SearchHit> hits) => [.. hits.Select(h => $"{h.Id} {h.Score:R}")];
}
