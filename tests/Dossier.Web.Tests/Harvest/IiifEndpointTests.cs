using System.Net;
using Dossier.Testing;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Harvest;

[Collection(HarvestCollection.Name)]
public sealed class IiifEndpointTests(HarvestRoomFixture room)
{
    [Fact]
    public async Task Should_serve_a_manifest_that_follows_the_rules_to_any_origin()
    {
        var id = (await room.Archive.Store.Records.FindAsync("119698", TestContext.Current.CancellationToken))!.Id;
        using var response = await room.Client.GetAsync(new Uri($"/iiif/{id}/manifest", UriKind.Relative), TestContext.Current.CancellationToken);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Empty(IiifRules.Check(json));
        Assert.Contains($"\"id\": \"{room.Client.BaseAddress}iiif/{id}/manifest\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_serve_manifests_of_drafts_embargoed_withdrawn_or_deleted_records()
    {
        foreach (var source in new[] { "draft-1", "embargo-1" })
        {
            var id = (await room.Archive.Store.Records.FindAsync(source, TestContext.Current.CancellationToken))!.Id;
            var body = await room.Client.GetPageAsync($"/iiif/{id}/manifest", HttpStatusCode.NotFound);
            Assert.DoesNotContain("quarantine", body, StringComparison.OrdinalIgnoreCase);
        }
        await room.Client.GetPageAsync($"/iiif/{room.WithdrawnId}/manifest", HttpStatusCode.NotFound);
        await room.Client.GetPageAsync($"/iiif/{room.DeletedId}/manifest", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_redirect_a_source_record_id_to_the_canonical_manifest()
    {
        var id = (await room.Archive.Store.Records.FindAsync("119698", TestContext.Current.CancellationToken))!.Id;
        using var response = await room.Client.GetAsync(new Uri("/iiif/119698/manifest", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/iiif/{id}/manifest", response.Headers.Location!.OriginalString);
    }
}
