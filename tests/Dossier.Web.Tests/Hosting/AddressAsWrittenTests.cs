using System.Text.Json;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Hosting;

/// <summary>
/// The output cache tells answers apart by the query string as written (Hosting.AddressAsWritten): its default rule
/// sorted a repeated key's values in the request itself (dotnet/aspnetcore#69109), so the page read another first value
/// once the cache had looked, and two orders of the values shared one answer.
/// </summary>
public sealed class AddressAsWrittenTests(ReadingRoomFixture room)
{
    [Fact]
    public async Task Should_read_the_first_value_of_a_repeated_key_every_time_an_address_is_asked()
    {
        // "Khrushchev" sorts before "Zyxwvut", which finds nothing: sorted in place, the second request searched Khrushchev.
        var unique = Guid.NewGuid().ToString("N");
        var nothingFirst = $"/api/search?q=Zyxwvut&q=Khrushchev&u={unique}";
        var khrushchevFirst = $"/api/search?q=Khrushchev&q=Zyxwvut&u={unique}";

        var totals = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            totals.Add(await TotalAsync(nothingFirst));
        }
        var other = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            other.Add(await TotalAsync(khrushchevFirst));
        }

        Assert.Equal([0, 0, 0], totals);
        Assert.All(other, total => Assert.True(total > 0, $"Khrushchev asked first found {total}"));
    }

    [Fact]
    public async Task Should_keep_one_answer_for_one_address_and_serve_it_from_the_cache()
    {
        var address = $"/search?q=Pishevari&person=&u={Guid.NewGuid():N}";

        var first = await room.Client.GetPageAsync(address);
        var second = await room.Client.GetPageAsync(address);
        using var third = await room.Client.GetAsync(new Uri(address, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(first, second);
        Assert.NotNull(third.Headers.Age);
        Assert.Equal(first, await third.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private async Task<int> TotalAsync(string path)
    {
        using var found = JsonDocument.Parse(await room.Client.GetPageAsync(path));
        return found.RootElement.GetProperty("total").GetInt32();
    }
}
