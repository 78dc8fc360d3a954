using Dossier.Web.Searching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Dossier.Web.Tests.Searching;

public sealed class SearchLinksTests
{
    private static SearchLinks For(string queryString) => new(new QueryCollection(QueryHelpers.ParseQuery(queryString)));

    [Fact]
    public void Should_add_a_filter_to_the_kept_state_without_its_page()
    {
        var links = For("?q=Pishevari%20%C3%A9&lang=ru&page=3");

        Assert.Equal("/search?q=Pishevari%20%C3%A9&lang=ru&lang=en", links.With("lang", "en"));
        Assert.Equal("/search?q=Pishevari%20%C3%A9&lang=ru&person=a%26b%3Dc%20d", links.With("person", "a&b=c d"));
    }

    [Fact]
    public void Should_keep_a_filter_already_set_once_at_the_end()
    {
        var links = For("?lang=ru&q=Baku&offset=20");

        Assert.Equal("/search?q=Baku&lang=ru", links.With("lang", "ru"));
        Assert.Equal("/search?lang=ru&q=Baku&kind=original", links.With("kind", "original"));
    }

    [Fact]
    public void Should_start_the_state_with_a_filter_when_nothing_else_is_kept()
    {
        var links = For("?page=2&q=");

        Assert.Equal("/search?lang=az-Cyrl", links.With("lang", "az-Cyrl"));
        Assert.Equal("/search?page=4", links.Page(4));
    }
}
