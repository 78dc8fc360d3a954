using System.Net;
using System.Text.RegularExpressions;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Searching;

/// <summary>
/// A search that finds nothing moves to the documents of its first suggestion when they exist, says so, and offers the
/// search as typed, which stays as typed; a suggestion that finds nothing with the same filters is only offered.
/// </summary>
public sealed partial class SearchCorrectionTests(ReadingRoomFixture room)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_show_the_documents_of_the_name_a_russian_spelling_found_nothing_for()
    {
        using var response = await room.Client.GetAsync(new Uri("/search?q=" + Uri.EscapeDataString("Эйзенхауэр") + "&sort=date", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var corrected = response.Headers.Location!.OriginalString;
        Assert.Equal("/search?q=Eisenhower&sort=date&typed=" + Uri.EscapeDataString("Эйзенхауэр"), corrected);
        var html = await room.Client.GetPageAsync(corrected);
        Assert.Contains("Nothing matched “Эйзенхауэр”; these are the documents for “Eisenhower”.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Matches(@"<h2 id=""results-heading"">[1-9]\d* documents for “Eisenhower”</h2>", html);
        // The notice holds for this page: no facet, pager or sort link carries it on.
        var links = SearchLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.True(links.Count > 5, $"{links.Count} links");
        Assert.DoesNotContain(links, l => Regex.IsMatch(l, "[?&]typed="));

        var asTyped = links.Single(l => l.Contains("as_typed=1", StringComparison.Ordinal));
        var typed = await room.Client.GetPageAsync(asTyped);
        Assert.Contains("0 documents for “Эйзенхауэр”", WebUtility.HtmlDecode(typed), StringComparison.Ordinal);
        Assert.Contains("Did you mean", typed, StringComparison.Ordinal);
        Assert.Contains("href=\"?q=Eisenhower\"", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"corrected\"", typed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_only_offer_a_suggestion_that_finds_nothing_with_the_same_filters()
    {
        var html = await room.Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("Эйзенхауэр") + "&lang=az");

        Assert.Contains("0 documents for “Эйзенхауэр”", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Did you mean", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_what_an_address_says_was_typed_as_text_only()
    {
        var html = await room.Client.GetPageAsync("/search?q=Eisenhower&typed=" + Uri.EscapeDataString("<script>alert(1)</script>"));

        Assert.Contains("Nothing matched “&lt;script&gt;alert(1)&lt;/script&gt;”", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"href=""(/search\?[^""]*)""")]
    private static partial Regex SearchLink();
}
