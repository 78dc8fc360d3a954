using System.Net;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Security;

public sealed class SecurityTests(ReadingRoomFixture room)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/api/search?q=lighthouse")]
    [InlineData("/documents/dnosuchrecord2")]
    public async Task Should_send_security_headers_on_every_response(string path)
    {
        using var response = await room.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Single(response.Headers.GetValues("Referrer-Policy"));
    }

    [Fact]
    public async Task Should_show_hostile_markup_on_a_document_page_as_text()
    {
        var html = await room.Client.GetPageAsync("/documents/" + room.IdOf("hostile-1"));

        Assert.DoesNotContain(InventedRecords.Script, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Harbour report &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Stamp &lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=harbour")]
    [InlineData("/collections/invented-letters")]
    [InlineData("/browse/archives?repository=TESTARCH&level1=Fond%209&level2=Opis%201")]
    [InlineData("/browse/archives?repository=TESTARCH&level1=Fond%209&level2=Opis%201&level3=Delo%20")]
    [InlineData("/timeline?year=1962")]
    public async Task Should_show_hostile_markup_in_lists_as_text(string path)
    {
        // The hostile record is filed in "Delo <img src=x onerror=…>": its shelf's name and its title are listed.
        var html = await room.Client.GetPageAsync(path.EndsWith("Delo%20", StringComparison.Ordinal) ? path + Uri.EscapeDataString(InventedRecords.Image) : path);

        Assert.DoesNotContain(InventedRecords.Script, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/documents/{0}")]
    [InlineData("/api/documents/{0}")]
    public async Task Should_hide_drafts_and_embargoed_records(string template)
    {
        foreach (var source in new[] { "draft-1", "embargo-1" })
        {
            foreach (var id in new[] { room.IdOf(source), source })
            {
                using var response = await room.Client.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, id), UriKind.Relative), Cancel);
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }
        }
        var search = await room.Client.GetPageAsync("/api/search?q=zebrafinch");
        Assert.Contains("\"total\":0", search, StringComparison.Ordinal);
        var list = await room.Client.GetPageAsync("/api/documents?limit=100");
        Assert.DoesNotContain("quarantine", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_compress_pages_for_clients_that_accept_brotli()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/documents/" + room.IdOf("lighthouse-1"));
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await room.Client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Should_cache_versioned_assets_for_a_year_and_pages_briefly()
    {
        using var asset = await room.Client.GetAsync(new Uri("/site.css?v=abc", UriKind.Relative), Cancel);
        using var page = await room.Client.GetAsync(new Uri("/", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("text/css", asset.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", asset.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(60), page.Headers.CacheControl?.MaxAge);
    }
}
