using System.Net;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Pages;

public sealed class SearchPageTests(ReadingRoomFixture room)
{
    [Fact]
    public async Task Should_mark_the_query_word_in_snippets_with_the_layer_language()
    {
        var html = await room.Client.GetPageAsync("/search?q=lighthouse");

        Assert.Contains("Letter from the lighthouse keeper", html, StringComparison.Ordinal);
        Assert.Contains("<mark>lighthouse</mark>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("/documents/" + room.IdOf("lighthouse-1") + "?q=lighthouse#hit-1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_the_query_in_facet_links_that_add_a_filter()
    {
        var html = await room.Client.GetPageAsync("/search?q=lighthouse");

        Assert.Contains("href=\"/search?q=lighthouse&amp;lang=ru\"", html, StringComparison.Ordinal);
        // Every lighthouse document is from 1958: one year is said in words, not drawn as a one-bar histogram.
        Assert.Contains("class=\"one-year\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=lighthouse&amp;from=1958&amp;to=1958\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_list_a_collection_by_filter_alone_without_words()
    {
        var html = await room.Client.GetPageAsync("/search?collection=invented-letters");

        Assert.Contains("2 documents", html, StringComparison.Ordinal);
        Assert.Contains("Letter from the lighthouse keeper", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_narrow_by_date_from_the_url()
    {
        var html = await room.Client.GetPageAsync("/search?q=lighthouse&from=1959&to=1960");

        Assert.Contains("0 documents", html, StringComparison.Ordinal);
        Assert.Contains("From 1959", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_explain_a_bad_date_instead_of_failing()
    {
        var html = await room.Client.GetPageAsync("/search?q=lighthouse&from=notadate", HttpStatusCode.BadRequest);

        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("&#x27;from&#x27; must be a date", html, StringComparison.Ordinal);
    }
}
