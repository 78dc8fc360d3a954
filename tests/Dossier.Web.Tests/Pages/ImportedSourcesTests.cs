using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Pages;

/// <summary>The reading room over real imports: the Wilson Center model record and the FRUS tei-mini volumes.</summary>
public sealed class ImportedSourcesTests(ReadingRoomFixture room)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<string> CanonicalAsync(string sourcePath)
    {
        using var response = await room.Client.GetAsync(new Uri(sourcePath, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/documents/d[a-z2-9]{12}/[a-z0-9-]+$", location);
        return location;
    }

    [Fact]
    public async Task Should_show_the_model_record_in_russian_beside_english_with_the_break_of_page_120()
    {
        var html = await room.Client.GetPageAsync(await CanonicalAsync("/documents/119698"));

        var pair = html[html.IndexOf("class=\"layer-pair two\"", StringComparison.Ordinal)..];
        var russian = pair.IndexOf("lang=\"ru\"", StringComparison.Ordinal);
        var english = pair.IndexOf("lang=\"en\"", StringComparison.Ordinal);
        Assert.InRange(russian, 0, english);
        Assert.Contains("Хрущев", pair[russian..], StringComparison.Ordinal);
        Assert.Contains("Khrushchev", pair[english..], StringComparison.Ordinal);
        // Aligned row by row: page 120 turns inside the Russian text of a row, not in a column of its own.
        Assert.Matches(new Regex("lang=\"ru\" dir=\"ltr\">[^\n]*слу<span class=\"page-break in-word\"[^>]*><span class=\"page-number\">Page 120</span>"), pair);
        Assert.Contains("RGANI, f. 5, op. 28, d. 347", html, StringComparison.Ordinal);
        Assert.Contains("Gary Goldberg", html, StringComparison.Ordinal);
        Assert.Contains("2 August 1955", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_offer_the_azerbaijani_scan_as_a_layer_to_read_beside_the_translation()
    {
        var canonical = await CanonicalAsync("/documents/119698");
        var html = await room.Client.GetPageAsync(canonical);
        var option = Regex.Match(html, "<option value=\"(\\d+)\"[^>]*>\\d+\\. Original — Azerbaijani");
        Assert.True(option.Success, "the layer chooser should list the az-Cyrl original");

        var chosen = await room.Client.GetPageAsync(canonical + "?left=" + option.Groups[1].Value);

        Assert.Contains("class=\"layer-text\" lang=\"az-Cyrl\" dir=\"ltr\"", chosen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_find_the_model_record_by_a_latin_spelling_and_mark_the_cyrillic_one_on_its_page()
    {
        var search = await room.Client.GetPageAsync("/search?q=Pishevari");
        var link = Regex.Match(search, "href=\"(/documents/d[a-z2-9]{12}\\?q=Pishevari)#hit-1\"[^>]*>Letter to CPSU");
        Assert.True(link.Success, "the model record should be among the hits");

        var html = await room.Client.GetPageAsync(link.Groups[1].Value);

        var marks = Regex.Matches(html, "<mark id=\"hit-\\d+\" class=\"hit\">([^<]+)</mark>").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(marks, m => m.StartsWith("Пишевер", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_show_a_frus_document_from_its_tei_id()
    {
        var html = await room.Client.GetPageAsync(await CanonicalAsync("/documents/frus1961-63v06/d1"));

        Assert.Contains("class=\"layer-text\" lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("/collections/frus1961-63v06", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_list_people_with_their_name_variants_and_documents()
    {
        using var list = JsonDocument.Parse(await room.Client.GetPageAsync("/api/people?limit=5"));
        var people = list.RootElement.GetProperty("items");
        Assert.True(people.GetArrayLength() > 0);
        var id = people[0].GetProperty("id").GetString()!;
        Assert.True(people[0].TryGetProperty("variants", out _));

        var page = await room.Client.GetPageAsync("/people/" + Uri.EscapeDataString(id));

        Assert.Contains("<h2 id=\"cited-heading\">Documents", page, StringComparison.Ordinal);
        using var detail = JsonDocument.Parse(await room.Client.GetPageAsync("/api/people/" + Uri.EscapeDataString(id)));
        Assert.Equal(id, detail.RootElement.GetProperty("authority").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Should_place_the_model_record_in_the_archival_tree_shelf_by_shelf()
    {
        // From the root down, following the links each shelf gives: repository, fond, opis, delo.
        var html = await room.Client.GetPageAsync("/browse/archives");
        foreach (var shelf in new[] { "Russian State Archive of Contemporary History (RGANI)", "Fond 5", "Opis 28", "Delo 347" })
        {
            var link = Regex.Match(html, "<a href=\"(?<href>/browse/archives\\?[^\"]+)\">" + Regex.Escape(shelf) + "</a>");
            Assert.True(link.Success, shelf + " is not linked from " + html);
            html = await room.Client.GetPageAsync(WebUtility.HtmlDecode(link.Groups["href"].Value));
            Assert.Contains("<h1>" + shelf + "</h1>", html, StringComparison.Ordinal);
        }

        var document = await CanonicalAsync("/documents/119698");
        Assert.Contains("href=\"/documents/" + document.Split('/')[2], html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Delo 347</li>", html, StringComparison.Ordinal);
        // The document page links to the same shelf.
        var page = await room.Client.GetPageAsync(document);
        var shelfLink = Regex.Match(page, "<a href=\"(?<href>/browse/archives\\?[^\"]+)\">The documents filed with it</a>");
        Assert.True(shelfLink.Success);
        Assert.Equal(ShelfOf(html), ShelfOf(await room.Client.GetPageAsync(WebUtility.HtmlDecode(shelfLink.Groups["href"].Value))));
    }

    /// <summary>A shelf page's main part, without the layout around it.</summary>
    private static string ShelfOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
}
