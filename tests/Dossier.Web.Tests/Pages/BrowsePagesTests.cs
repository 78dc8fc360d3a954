using System.Net;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Pages;

public sealed class BrowsePagesTests(ReadingRoomFixture room)
{
    [Fact]
    public async Task Should_show_counts_a_search_box_and_recent_additions_on_the_home_page()
    {
        var html = await room.Client.GetPageAsync("/");

        Assert.Contains("<form class=\"search-box\" role=\"search\" action=\"/search\" method=\"get\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"home-q\">", html, StringComparison.Ordinal);
        Assert.Contains("/collections/invented-letters", html, StringComparison.Ordinal);
        Assert.Contains("/timeline#decade-1950", html, StringComparison.Ordinal);
        Assert.Contains(">Russian</a>", html, StringComparison.Ordinal);
        var recent = html[html.IndexOf("id=\"recent\"", StringComparison.Ordinal)..];
        Assert.Matches("<a href=\"/documents/d[a-z2-9]{12}/[a-z0-9-]+\">", recent);
    }

    [Theory]
    [InlineData("/collections", "Invented letters")]
    [InlineData("/collections/invented-letters", "Letter from the lighthouse keeper")]
    [InlineData("/timeline", "1950s")]
    [InlineData("/timeline?year=1958", "Letter from the lighthouse keeper")]
    [InlineData("/browse/archives", "TESTARCH")]
    [InlineData("/people", "<h1>People</h1>")]
    [InlineData("/places", "<h1>Places</h1>")]
    [InlineData("/search", "<h1>Search</h1>")]
    public async Task Should_render_each_browse_page(string path, string expected)
    {
        var html = await room.Client.GetPageAsync(path);

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#main\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_404_with_a_page_for_an_unknown_collection()
    {
        var html = await room.Client.GetPageAsync("/collections/no-such-collection", HttpStatusCode.NotFound);

        Assert.Contains("Not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_link_stylesheets_with_a_content_version()
    {
        var html = await room.Client.GetPageAsync("/");

        Assert.Matches("href=\"/site.css\\?v=[A-Za-z0-9_-]{20,}\"", html);
        Assert.Matches("src=\"/site.js\\?v=[A-Za-z0-9_-]{20,}\"", html);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}
