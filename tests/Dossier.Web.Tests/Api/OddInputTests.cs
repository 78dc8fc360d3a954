using System.Net;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Api;

public sealed class OddInputTests(ReadingRoomFixture room)
{
    [Theory]
    [InlineData("\"unterminated")]
    [InlineData("*")]
    [InlineData("title:")]
    [InlineData("((()")]
    [InlineData("AND OR NOT")]
    [InlineData("a~~~^^^2")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Хрущев \u0000 \uFFFF")]
    public async Task Should_answer_any_typed_query_without_a_server_error(string query)
    {
        var escaped = Uri.EscapeDataString(query);
        await AnswerAsync(escaped);
    }

    [Theory]
    [InlineData("%ED%A0%80")]
    [InlineData("%EF%BF%BE")]
    [InlineData("Beria%EF%B7%90")]
    [InlineData("%F4%90%80%80")]
    public async Task Should_answer_bytes_that_are_not_characters_without_a_server_error(string escaped) => await AnswerAsync(escaped);

    private async Task AnswerAsync(string escaped)
    {
        string[] paths =
        [
            "/search?q=" + escaped, "/api/search?q=" + escaped, "/documents/" + room.IdOf("lighthouse-1") + "?q=" + escaped,
            "/api/people?q=" + escaped, "/api/places?q=" + escaped, "/people?q=" + escaped, "/places?q=" + escaped,
        ];
        foreach (var path in paths)
        {
            using var response = await room.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain("<script>alert(1)</script>", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/documents/" + "x")]
    [InlineData("/api/people/no-such-person")]
    [InlineData("/places/no-such-place")]
    public async Task Should_answer_404_for_ids_that_lead_nowhere(string path)
    {
        using var response = await room.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
