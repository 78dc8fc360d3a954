using System.Net;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Accounts;

public sealed class StatusPageCacheTests(ReadingRoomFixture room)
{
    [Fact]
    public async Task Should_keep_the_status_of_a_failed_request_when_its_status_page_was_cached_as_a_page()
    {
        using var client = room.NewClient();
        // Twice each: the output cache keeps an answer from the second request for its address.
        for (var i = 0; i < 2; i++)
        {
            await client.GetPageAsync("/status/404");
            await client.GetPageAsync("/status/403");
        }

        var html = await client.GetPageAsync("/documents/no-such-document-" + Guid.NewGuid().ToString("N"), HttpStatusCode.NotFound);

        Assert.Contains("Not found", html, StringComparison.Ordinal);
    }
}
