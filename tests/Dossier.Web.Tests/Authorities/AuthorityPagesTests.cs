using System.Text.RegularExpressions;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Authorities;

/// <summary>People and places pages after recognition and tidying: one Khrushchev, citing the model record, with his spellings and company.</summary>
public sealed class AuthorityPagesTests(AuthorityRoomFixture room) : IClassFixture<AuthorityRoomFixture>
{
    private const string ModelTitle = "Letter to CPSU Central Committee Secretary Khrushchev";

    private async Task<string> PageOfAsync(string list, string query, string heading)
    {
        var found = await room.Client.GetPageAsync($"/{list}?q={Uri.EscapeDataString(query)}");
        var link = Regex.Match(found, $"href=\"(/{list}/[a-z0-9]+)\">{Regex.Escape(heading)}");
        Assert.True(link.Success, $"/{list}?q={query} should list {heading}");
        return await room.Client.GetPageAsync(link.Groups[1].Value);
    }

    [Fact]
    public async Task Should_hold_one_khrushchev_citing_the_model_record_with_his_cyrillic_spellings_and_company()
    {
        var list = await room.Client.GetPageAsync("/people?q=Khrushchev");
        Assert.Single(Regex.Matches(list, "href=\"/people/[a-z0-9]+\">Khrushchev,"));
        Assert.Contains(room.Tidied.Merged, m => m.KeepName.StartsWith("Khrushchev", StringComparison.Ordinal));

        var page = await PageOfAsync("people", "Khrushchev", "Khrushchev,");

        Assert.Contains(ModelTitle, page, StringComparison.Ordinal);
        Assert.Contains("Хрущев", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Khru-shchev", page, StringComparison.Ordinal);
        var places = page[page.IndexOf("id=\"places-heading\"", StringComparison.Ordinal)..];
        Assert.Contains(">Baku</a>", places, StringComparison.Ordinal);
        Assert.Contains(">Tabriz</a>", places, StringComparison.Ordinal);
        var people = page[page.IndexOf("id=\"people-heading\"", StringComparison.Ordinal)..];
        Assert.Contains(">Kennedy, John F.</a>", people, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_list_baku_and_tabriz_among_the_places_citing_the_model_record()
    {
        var places = await room.Client.GetPageAsync("/places");
        Assert.Contains(">Baku</a>", places, StringComparison.Ordinal);

        var tabriz = await PageOfAsync("places", "Tabriz", "Tabriz");

        Assert.Contains(ModelTitle, tabriz, StringComparison.Ordinal);
        Assert.Contains("Тебризе", tabriz, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_link_pishevari_from_the_model_record_in_both_scripts()
    {
        var page = await PageOfAsync("people", "Pishevari", "Pishevari");

        Assert.Contains(ModelTitle, page, StringComparison.Ordinal);
        Assert.Contains("Пишевера", page, StringComparison.Ordinal);
        Assert.Contains("Pischevari", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_keep_a_stray_quote_in_a_spelling()
    {
        var page = await PageOfAsync("people", "Brezhnev", "Brezhnev,");

        Assert.Contains("L. Brezhnev", page, StringComparison.Ordinal);
        Assert.DoesNotContain("L. Brezhnev”", page, StringComparison.Ordinal);
    }
}
