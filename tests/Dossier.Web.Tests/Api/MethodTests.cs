using System.Net;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Api;

/// <summary>Issue 15, item 4: HEAD works wherever GET does; other methods get 405 with Allow; nothing answers 5xx.</summary>
public sealed class MethodTests(ReadingRoomFixture room)
{
    private string DocumentPath => "/documents/" + room.IdOf("lighthouse-1");

    public static TheoryData<string> Paths() =>
    [
        "/", "/search?q=lighthouse", "/collections", "/people", "/places", "/timeline", "/browse/archives",
        "/api/documents", "/api/search?q=lighthouse", "/api/collections", "/api/people", "/openapi/v1.json",
    ];

    [Fact]
    public async Task Should_answer_trace_on_a_document_with_405_and_allow()
    {
        using var request = new HttpRequestMessage(HttpMethod.Trace, DocumentPath);
        using var response = await room.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Contains("HEAD", response.Content.Headers.Allow);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Should_answer_head_like_get_without_a_body(string path)
    {
        using var get = await room.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Head, path);
        using var head = await room.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/documents/{0}?hl=%EF%BF%BE")]
    [InlineData("/search?q=%EF%BF%BE")]
    [InlineData("/api/search?q=a%ED%A0%80b")]
    public async Task Should_answer_a_query_holding_noncharacters_without_failing(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, room.IdOf("lighthouse-1")));
        using var response = await room.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("TRACE")]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    [InlineData("PROPFIND")]
    public async Task Should_refuse_unsupported_methods_with_405_everywhere(string method)
    {
        foreach (var path in Paths().Select(p => p.Data).Append(DocumentPath).Append("/people/nobody"))
        {
            if (method == "POST" && path == "/api/documents")
            {
                // Creates a draft for a signed-in contributor (issue 11; Editing/WriteApiTests).
                continue;
            }
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("x") };
            using var response = await room.Client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound, $"{method} {path}: {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.MethodNotAllowed)
            {
                Assert.Contains("GET", response.Content.Headers.Allow);
            }
        }
    }
}
