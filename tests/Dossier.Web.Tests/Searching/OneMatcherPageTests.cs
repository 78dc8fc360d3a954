using System.Net;
using System.Text.RegularExpressions;
using Dossier.Core.Search;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Searching;

/// <summary>
/// Issue 8 item 4 through the reading room: the document page marks every spelling search matched, and the People
/// finder finds by the spellings search finds by, with the same precision.
/// </summary>
public sealed partial class OneMatcherPageTests(ReadingRoomFixture room)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_mark_every_spelling_of_Pishevari_that_search_matched_in_the_model_record()
    {
        using var response = await room.Client.GetAsync(new Uri("/documents/119698", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        var page = response.Headers.Location!.OriginalString;
        // The readable address is /documents/{id}/{title-words}: the id is the first segment.
        var id = Uri.UnescapeDataString(page["/documents/".Length..].Split('/')[0]);
        var hit = (await room.Archive.Index!.SearchAsync(new SearchRequest { Query = "Pishevari", RecordIds = [id], Limit = 1 }, Cancel)).Hits.Single();

        var html = await room.Client.GetPageAsync(page + "?q=Pishevari");

        var marks = Mark().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(3, marks.Count(m => m.StartsWith("Pischevari", StringComparison.Ordinal)));
        Assert.Contains("Пишевери", marks);
        Assert.Contains("Пишеверу", marks);
        Assert.Contains("Pishevari", marks);
        // Everything marked is a spelling the search matched in this record, and the shown layers' matches are all marked.
        Assert.All(marks, m => Assert.Contains(hit.Matched, s => m.StartsWith(s, StringComparison.OrdinalIgnoreCase)));
        Assert.Superset(new HashSet<string>(["Pischevari", "Пишевери", "Пишеверу", "Pishevari"], StringComparer.Ordinal), hit.Matched.ToHashSet(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Хрущев")]
    [InlineData("Хрущёв")]
    [InlineData("Khrushchov")]
    [InlineData("Kruschev")]
    public async Task Should_find_Khrushchev_in_the_people_finder_by_each_spelling_search_finds_him_by(string spelling)
    {
        var html = await room.Client.GetPageAsync("/people?q=" + Uri.EscapeDataString(spelling));
        var search = await room.Archive.Index!.SearchAsync(new SearchRequest { Query = spelling, Limit = 5 }, Cancel);

        Assert.Contains("Khrushchev, Nikita", html, StringComparison.Ordinal);
        Assert.True(search.Total > 0, $"search finds nothing for {spelling}");
    }

    [Theory]
    [InlineData("Берия", "Bayar")]
    [InlineData("Берия", "Berry")]
    [InlineData("Beria", "Bayar")]
    public async Task Should_not_find_a_name_close_in_sound_in_the_people_finder(string typed, string other)
    {
        var html = await room.Client.GetPageAsync("/people?q=" + Uri.EscapeDataString(typed));

        Assert.DoesNotContain(other, html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<mark id=\"hit-\\d+\" class=\"hit\">([^<]+)</mark>")]
    private static partial Regex Mark();
}
