using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Web.Pages;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Pages;

/// <summary>
/// The archival tree's pages over tei-mini and the model record: a shelf at a time, its listing in pages, its shelves
/// found by name. tei-mini files its Department of State documents in 241 series.
/// </summary>
public sealed partial class ArchivesPageTests(ReadingRoomFixture room)
{
    private const string State = "/browse/archives?repository=Department%20of%20State&level1=Series%20Central%20Files";

    [Fact]
    public async Task Should_list_a_shelf_with_more_shelves_than_a_page_in_pages_each_shelf_once()
    {
        var first = await room.Client.GetPageAsync(State);
        var pages = int.Parse(Regex.Match(first, "Page 1 of (\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var total = int.Parse(Regex.Match(first, "<h2>Shelves <span class=\"count\">(\\d+)</span>").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var seen = new List<string>();
        for (var page = 1; page <= pages; page++)
        {
            var html = page == 1 ? first : await room.Client.GetPageAsync(State + "&page=" + page);
            var shelves = Shelves(html);
            Assert.InRange(shelves.Count, 1, ArchivesModel.PageSize);
            seen.AddRange(shelves);
        }

        Assert.True(total > ArchivesModel.PageSize, "tei-mini's Central Files hold " + total + " files");
        Assert.Equal((total + ArchivesModel.PageSize - 1) / ArchivesModel.PageSize, pages);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("<a rel=\"next\" href=\"/browse/archives?repository=Department%20of%20State&amp;level1=Series%20Central%20Files&amp;page=2\">", first, StringComparison.Ordinal);
        // A page past the last shows the last.
        Assert.Equal(await room.Client.GetPageAsync(State + "&page=" + pages), await room.Client.GetPageAsync(State + "&page=" + (pages + 5)));
    }

    [Fact]
    public async Task Should_find_a_shelf_by_part_of_its_name_in_any_case()
    {
        var all = Shelves(await room.Client.GetPageAsync(State + "&page=1")).Concat(Shelves(await room.Client.GetPageAsync(State + "&page=2")))
            .Concat(Shelves(await room.Client.GetPageAsync(State + "&page=3")));
        var html = await room.Client.GetPageAsync(State + "&q=file%20611.");

        Assert.Contains("<input type=\"hidden\" name=\"repository\" value=\"Department of State\" />", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"level1\" value=\"Series Central Files\" />", html, StringComparison.Ordinal);
        Assert.Contains("value=\"file 611.\"", html, StringComparison.Ordinal);
        var found = Shelves(html);
        Assert.NotEmpty(found);
        Assert.Equal(all.Where(s => s.Contains("File 611.", StringComparison.Ordinal)), found);
        Assert.Contains("No shelf here is named with “zzzz”.", await room.Client.GetPageAsync(State + "&q=zzzz"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/browse/archives?repository=No%20such%20archive")]
    [InlineData("/browse/archives?repository=Department%20of%20State&level1=No%20such%20series")]
    [InlineData("/browse/archives?repository=Department%20of%20State&level1=Series%20Central%20Files&level2=File%20999.99")]
    [InlineData("/browse/archives?repository=department%20of%20state")]
    [InlineData("/browse/archives?repository=Department%20of%20State&repository=Kennedy%20Library")]
    [InlineData("/browse/archives?level1=Fond%205")]
    [InlineData("/browse/archives?repository=")]
    public async Task Should_answer_404_for_a_shelf_no_public_document_is_on(string path)
    {
        var html = await room.Client.GetPageAsync(path, HttpStatusCode.NotFound);

        Assert.Contains("Not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_read_each_level_of_a_shelf_in_its_place_when_asked_twice()
    {
        // Asked twice, an address is answered through the output cache, whose key once reordered a repeated key's values.
        const string Delo = "/browse/archives?repository=Russian%20State%20Archive%20of%20Contemporary%20History%20%28RGANI%29&level1=Fond%205&level2=Opis%2028&level3=Delo%20347";

        var first = await room.Client.GetPageAsync(Delo);
        var second = await room.Client.GetPageAsync(Delo);

        Assert.Contains("<h1>Delo 347</h1>", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Should_search_within_a_shelf_and_below_it_only()
    {
        const string Central = "Department of State\nSeries Central Files";
        var shelfPage = await room.Client.GetPageAsync(State);
        var onShelf = int.Parse(Regex.Match(shelfPage, "<p>(\\d+) documents on this shelf and below").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        // The shelf page's search form names the shelf, its levels a line each (a browser sends them CR LF).
        Assert.Contains("<input type=\"hidden\" name=\"shelf\" value=\"Department of State&#xA;Series Central Files\" />", shelfPage, StringComparison.Ordinal);
        Assert.Equal(onShelf, await TotalAsync("/api/search?shelf=" + Uri.EscapeDataString(Central)));
        Assert.Equal(onShelf, await TotalAsync("/api/search?shelf=" + Uri.EscapeDataString(Central.Replace("\n", "\r\n", StringComparison.Ordinal))));
        var state = await TotalAsync("/api/search?shelf=" + Uri.EscapeDataString("Department of State"));
        Assert.InRange(onShelf, 1, state - 1);
        // Within the delo, Khrushchev is the model record alone; a shelf no record is on finds nothing.
        var delo = "Russian State Archive of Contemporary History (RGANI)\nFond 5\nOpis 28\nDelo 347";
        using (var found = JsonDocument.Parse(await room.Client.GetPageAsync("/api/search?q=Khrushchev&shelf=" + Uri.EscapeDataString(delo))))
        {
            var hit = Assert.Single(found.RootElement.GetProperty("hits").EnumerateArray());
            Assert.Equal("119698", hit.GetProperty("source_id").GetString());
        }
        Assert.Equal(0, await TotalAsync("/api/search?q=Khrushchev&shelf=" + Uri.EscapeDataString("Department of State\nSeries No such series")));
        // The page shows the filter as a chip that reads as the tree does.
        var page = await room.Client.GetPageAsync("/search?q=Khrushchev&shelf=" + Uri.EscapeDataString(delo));
        Assert.Contains("Shelf: Russian State Archive of Contemporary History (RGANI) › Fond 5 › Opis 28 › Delo 347", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_name_a_repository_in_the_search_facets_as_the_tree_does()
    {
        const string Rgani = "Russian State Archive of Contemporary History (RGANI)";
        using var found = JsonDocument.Parse(await room.Client.GetPageAsync("/api/search?q=Khrushchev&facets=true&limit=1"));
        var facet = found.RootElement.GetProperty("facets").GetProperty("repository").EnumerateArray()
            .Single(v => v.GetProperty("value").GetString() == "RGANI");

        // Filtered by the repository as printed, labelled by the name the archival tree gives it.
        Assert.Equal(Rgani, facet.GetProperty("label").GetString());
        Assert.Contains(">" + Rgani + "</a>", await room.Client.GetPageAsync("/browse/archives"), StringComparison.Ordinal);
        Assert.Contains("Repository: " + Rgani, await room.Client.GetPageAsync("/search?q=Khrushchev&repository=RGANI"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_a_hostile_shelf_name_as_text()
    {
        var html = await room.Client.GetPageAsync("/browse/archives?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    private async Task<int> TotalAsync(string path)
    {
        using var answer = JsonDocument.Parse(await room.Client.GetPageAsync(path));
        return answer.RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>The shelves a page lists, by name.</summary>
    private static List<string> Shelves(string html) =>
        [.. ShelfLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("<li><a href=\"/browse/archives\\?repository=[^\"]+\">([^<]+)</a> <span class=\"count\">")]
    private static partial Regex ShelfLink();
}
