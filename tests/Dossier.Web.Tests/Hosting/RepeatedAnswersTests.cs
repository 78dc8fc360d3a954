using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Hosting;

/// <summary>
/// The output cache keeps an answer from the second request for its address (Hosting.RepeatedAnswers): a search asked
/// once is neither looked up nor stored, one asked again is stored, and the third is served from the cache (which says
/// so with an Age header).
/// </summary>
public sealed class RepeatedAnswersTests(ReadingRoomFixture room)
{
    [Theory]
    [InlineData("/search?q=Pishevari&u=")]
    [InlineData("/api/search?q=Pishevari&u=")]
    public async Task Should_serve_an_address_from_the_cache_only_after_it_was_asked_twice(string path)
    {
        var address = new Uri(path + Guid.NewGuid().ToString("N"), UriKind.Relative);
        var ct = TestContext.Current.CancellationToken;

        var ages = new List<bool>();
        for (var i = 0; i < 4; i++)
        {
            using var answer = await room.Client.GetAsync(address, ct);
            answer.EnsureSuccessStatusCode();
            ages.Add(answer.Headers.Age is not null);
        }

        Assert.Equal([false, false, true, true], ages);
    }
}
