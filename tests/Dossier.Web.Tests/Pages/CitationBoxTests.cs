using System.Net;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Pages;

/// <summary>Issue 12: the document page's citation box and Zotero metadata, citation downloads, a search's export, the archival tree by repository.</summary>
public sealed class CitationBoxTests(ReadingRoomFixture room)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<string> PathOfAsync(string sourcePath)
    {
        using var response = await room.Client.GetAsync(new Uri(sourcePath, UriKind.Relative), Cancel);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task Should_cite_the_model_record_from_its_reference_and_credits_with_the_installations_name_and_permalink()
    {
        var path = await PathOfAsync("/documents/119698");
        var html = await room.Client.GetPageAsync(path);

        Assert.Contains("&quot;Letter to CPSU Central Committee Secretary Khrushchev, from Engineer and Political Émigré Mir Aga Azari&quot;, August 2, 1955, Dossier, RGANI, f. 5, op. 28, d. 347.", html, StringComparison.Ordinal);
        // The citation carries the stable part of the readable address, /documents/{id}.
        Assert.Contains("Contributed by Roham Alvandi and translated by Gary Goldberg. " + new Uri(room.BaseAddress, string.Join('/', path.Split('/').Take(3))), html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"citation_title\" content=\"Letter to CPSU Central Committee Secretary Khrushchev", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"citation_archive\" content=\"RGANI\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/cite/ris/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_cite_a_frus_document_as_part_of_its_volume_with_its_editors()
    {
        var html = await room.Client.GetPageAsync(await PathOfAsync("/documents/frus1961-63v06/d1"));
        var box = html[html.IndexOf("id=\"citation-text\"", StringComparison.Ordinal)..];
        box = box[..box.IndexOf("</p>", StringComparison.Ordinal)];

        Assert.Contains("document 1, in Foreign Relations of the United States, 1961–1963, Volume VI, Kennedy-Khrushchev Exchanges, ed. Charles S. Sampson and Glenn W. LaFantasie, Dossier.", box, StringComparison.Ordinal);
        Assert.DoesNotContain(">Source:", box, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"citation_editor\" content=\"Sampson, Charles S.\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ris", "TY  - MANSCPT", "application/x-research-info-systems")]
    [InlineData("bibtex", "@misc{dossier-", "application/x-bibtex")]
    [InlineData("csl-json", "\"type\": \"manuscript\"", "application/vnd.citationstyles.csl+json")]
    public async Task Should_download_a_public_documents_citation(string style, string expected, string mediaType)
    {
        var path = await PathOfAsync("/documents/119698");

        using var response = await room.Client.GetAsync(new Uri("/cite/" + style + path["/documents".Length..], UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("draft-1")]
    [InlineData("embargo-1")]
    public async Task Should_not_cite_a_record_the_public_may_not_see(string sourceId)
    {
        using var response = await room.Client.GetAsync(new Uri("/cite/ris/" + room.IdOf(sourceId), UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Should_export_a_searchs_hits_as_ris()
    {
        using var response = await room.Client.GetAsync(new Uri("/cite/search/ris?q=Khrushchev", UriKind.Relative), Cancel);
        var ris = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(ris.Split("TY  - ").Length > 2, ris);
        Assert.Equal(ris.Split("TY  - ").Length - 1, ris.Split("ER  - ").Length - 1);
        Assert.DoesNotContain("quarantine", ris, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_browse_each_repository_by_its_own_levels()
    {
        var root = await room.Client.GetPageAsync("/browse/archives");
        var html = await room.Client.GetPageAsync("/browse/archives?repository=" + Uri.EscapeDataString("Russian State Archive of Contemporary History (RGANI)"));

        Assert.Contains("Russian State Archive of Contemporary History (RGANI)</a>", root, StringComparison.Ordinal);
        Assert.Contains(">Fond 5</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No fond", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No delo", html, StringComparison.Ordinal);
    }
}
