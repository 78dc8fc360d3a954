using System.Net;
using System.Text.Json;
using Dossier.Ocr.Tests.Support;
using NetVips;

namespace Dossier.Ocr.Tests.Web;

/// <summary>IIIF Image API 3.0 level 1 over HTTP on a real reading room: info.json, tiles of the asked size, bounds, visibility.</summary>
public sealed class IiifImageTests(AttachedArchive archive) : IClassFixture<AttachedArchive>
{
    private string Sha => archive.Attached.Added[0].Sha256;

    [Fact]
    public async Task Should_describe_the_page_in_info_json_as_a_level1_image_service()
    {
        using var response = await archive.Client.GetAsync($"/iiif/image/{Sha}/info.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        using var info = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = info.RootElement;
        Assert.Equal("http://iiif.io/api/image/3/context.json", root.GetProperty("@context").GetString());
        Assert.Equal(new Uri(archive.BaseAddress, "/iiif/image/" + Sha).ToString(), root.GetProperty("id").GetString());
        Assert.Equal("ImageService3", root.GetProperty("type").GetString());
        Assert.Equal("http://iiif.io/api/image", root.GetProperty("protocol").GetString());
        Assert.Equal("level1", root.GetProperty("profile").GetString());
        Assert.Equal(archive.Attached.Added[0].Width, root.GetProperty("width").GetInt32());
        Assert.Equal(archive.Attached.Added[0].Height, root.GetProperty("height").GetInt32());
        var tile = root.GetProperty("tiles")[0];
        Assert.Equal(512, tile.GetProperty("width").GetInt32());
        Assert.Equal(1, tile.GetProperty("scaleFactors")[0].GetInt32());
    }

    [Theory]
    [InlineData("0,0,512,512", "256,", 256, 256)]
    [InlineData("full", "300,", 300, -1)]
    [InlineData("pct:10,10,50,50", ",200", -1, 200)]
    [InlineData("full", "!400,400", -1, -1)]
    public async Task Should_return_a_jpeg_of_the_size_asked(string region, string size, int width, int height)
    {
        using var response = await archive.Client.GetAsync($"/iiif/image/{Sha}/{region}/{size}/0/default.jpg", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal([0xFF, 0xD8, 0xFF], bytes[..3]);
        using var image = Image.NewFromBuffer(bytes);
        if (width > 0)
        {
            Assert.Equal(width, image.Width);
        }
        if (height > 0)
        {
            Assert.Equal(height, image.Height);
        }
        Assert.True(image.Width <= 400 || size != "!400,400");
        Assert.True(image.Height <= 400 || size != "!400,400");
    }

    [Theory]
    [InlineData("full/100000,100000/0/default.jpg")]
    [InlineData("full/^max/0/default.jpg")]
    [InlineData("full/max/90/default.jpg")]
    [InlineData("full/max/0/gray.png")]
    [InlineData("99999,0,10,10/max/0/default.jpg")]
    public async Task Should_refuse_requests_past_the_bounds(string request)
    {
        using var response = await archive.Client.GetAsync($"/iiif/image/{Sha}/{request}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("info.json")]
    [InlineData("full/max/0/default.jpg")]
    public async Task Should_not_serve_the_scan_of_a_draft(string request)
    {
        using var response = await archive.Client.GetAsync($"/iiif/image/{archive.DraftPage.Sha256}/{request}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/iiif/image/0000000000000000000000000000000000000000000000000000000000000000/info.json")]
    [InlineData("/iiif/image/..%2F..%2Fetc%2Fpasswd/info.json")]
    [InlineData("/iiif/image/ABC/full/max/0/default.jpg")]
    public async Task Should_answer_404_for_unknown_or_malformed_identifiers(string path)
    {
        using var response = await archive.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
