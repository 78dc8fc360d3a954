using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Api;

public sealed class ApiTests(ReadingRoomFixture room)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await room.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}\n{body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Should_return_a_record_in_the_model_json_shape()
    {
        var record = await GetJsonAsync("/api/documents/" + room.IdOf("lighthouse-1"));

        Assert.Equal(room.IdOf("lighthouse-1"), record.GetProperty("id").GetString());
        Assert.Equal("lighthouse-1", record.GetProperty("source").GetProperty("record_id").GetString());
        Assert.Equal("1958-06-01", record.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("original", record.GetProperty("layers")[0].GetProperty("kind").GetString());
        Assert.Equal("ocr", record.GetProperty("layers")[0].GetProperty("provenance").GetProperty("method").GetString());
    }

    [Fact]
    public async Task Should_redirect_an_api_source_id_to_the_archive_id()
    {
        using var response = await room.Client.GetAsync(new Uri("/api/documents/lighthouse-1", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/api/documents/" + room.IdOf("lighthouse-1"), response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Should_answer_a_search_with_hits_snippets_facets_and_a_next_link()
    {
        var result = await GetJsonAsync("/api/search?q=lighthouse&limit=1&facets=true");

        Assert.True(result.GetProperty("total").GetInt32() >= 1);
        Assert.Equal(1, result.GetProperty("limit").GetInt32());
        var hit = result.GetProperty("hits")[0];
        Assert.Equal(room.IdOf("lighthouse-1"), hit.GetProperty("id").GetString());
        var snippet = hit.GetProperty("snippets")[0];
        Assert.False(string.IsNullOrEmpty(snippet.GetProperty("lang").GetString()));
        Assert.True(snippet.GetProperty("highlights").GetArrayLength() > 0);
        Assert.True(result.GetProperty("facets").TryGetProperty("lang", out _));
        var next = result.GetProperty("next");
        if (result.GetProperty("total").GetInt32() > 1)
        {
            Assert.Contains("offset=1", next.GetString(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, next.ValueKind);
        }
    }

    [Fact]
    public async Task Should_page_the_document_list_with_a_next_link()
    {
        var page = await GetJsonAsync("/api/documents?limit=1");

        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt32() >= 2);
        Assert.Equal("/api/documents?limit=1&offset=1", page.GetProperty("next").GetString());
    }

    [Fact]
    public async Task Should_list_collections_with_their_document_counts()
    {
        var page = await GetJsonAsync("/api/collections");

        var invented = page.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "invented-letters");
        Assert.Equal(2, invented.GetProperty("documents").GetInt32());
        var detail = await GetJsonAsync("/api/collections/invented-letters");
        Assert.Equal(2, detail.GetProperty("documents").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Should_answer_304_when_the_etag_still_matches()
    {
        var path = new Uri("/api/documents/" + room.IdOf("lighthouse-1"), UriKind.Relative);
        using var first = await room.Client.GetAsync(path, Cancel);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await room.Client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(Cancel));
        using var other = new HttpRequestMessage(HttpMethod.Get, path);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        using var third = await room.Client.SendAsync(other, Cancel);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Theory]
    [InlineData("/api/search?q=x&limit=-1", "limit")]
    [InlineData("/api/search?q=x&from=notadate", "from")]
    [InlineData("/api/search?q=x&sort=sideways", "sort")]
    [InlineData("/api/search?q=x&from=1960&to=1950", "to")]
    [InlineData("/api/documents?offset=abc", "offset")]
    [InlineData("/api/people?limit=100000", "limit")]
    [InlineData("/api/collections?limit=0", "limit")]
    public async Task Should_answer_problem_details_for_a_bad_parameter(string path, string parameter)
    {
        using var response = await room.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Should_answer_404_for_an_unknown_document()
    {
        using var response = await room.Client.GetAsync(new Uri("/api/documents/dnosuchrecord2", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Should_describe_the_api_in_an_openapi_document()
    {
        using var alias = await room.Client.GetAsync(new Uri("/openapi.json", UriKind.Relative), Cancel);
        Assert.Equal("/openapi/v1.json", alias.Headers.Location?.OriginalString);

        var document = await GetJsonAsync("/openapi/v1.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/search", out _));
        Assert.True(paths.TryGetProperty("/api/documents/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/people", out _));
    }

    [Fact]
    public async Task Should_report_ready_when_the_store_answers()
    {
        using var response = await room.Client.GetAsync(new Uri("/health/ready", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Theory]
    [InlineData("people")]
    [InlineData("places")]
    public async Task Should_page_the_public_authorities_without_a_query_as_one_list(string kind)
    {
        using var whole = JsonDocument.Parse(await room.Client.GetPageAsync("/api/" + kind + "?limit=100"));
        var total = whole.RootElement.GetProperty("total").GetInt32();
        var expected = whole.RootElement.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();

        var paged = new List<string?>();
        string? next = "/api/" + kind + "?limit=7";
        while (next is not null && paged.Count < 100)
        {
            using var page = JsonDocument.Parse(await room.Client.GetPageAsync(next));
            Assert.Equal(total, page.RootElement.GetProperty("total").GetInt32());
            paged.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
            next = page.RootElement.GetProperty("next").GetString();
        }

        Assert.True(total > 7, kind + ": " + total);
        Assert.Equal(expected, paged.Take(expected.Count));
        Assert.Equal(Math.Min(total, 100), expected.Count);
        using var past = JsonDocument.Parse(await room.Client.GetPageAsync("/api/" + kind + "?limit=5&offset=" + total));
        Assert.Empty(past.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, past.RootElement.GetProperty("next").ValueKind);
    }
}
