using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Reading;

/// <summary>Result lists, permalinks, downloads and neighbours over the shared reading room (model record, tei-mini, invented records).</summary>
public sealed partial class ReadingRoomPagesTests(ReadingRoomFixture room)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<string> CanonicalAsync(string sourcePath)
    {
        using var response = await room.Client.GetAsync(new Uri(sourcePath, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task Should_tell_like_titled_hits_apart_by_volume_number_kind_and_date()
    {
        var html = await room.Client.GetPageAsync("/search?q=%22Telegram+From+the+Embassy+in+the+Soviet+Union%22&limit=50");

        var details = HitDetails().Matches(html).Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>|\\s+", " ")).Trim()).ToList();
        Assert.True(details.Count >= 10, $"expected many telegrams, found {details.Count}");
        Assert.All(details, d => Assert.Matches(", no\\. \\d+ +Telegram +\\d{1,2} \\w+ 19\\d\\d", d));
        Assert.Equal(details.Count, details.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Should_number_the_result_pages_and_mark_the_current_one()
    {
        var html = await room.Client.GetPageAsync("/search?q=Khrushchev&page=3");

        Assert.Matches("<a aria-current=\"page\" href=\"/search\\?q=Khrushchev&amp;page=3\"><span class=\"visually-hidden\">Page </span>3</a>", html);
        Assert.Contains("href=\"/search?q=Khrushchev&amp;page=1\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_label_filter_chips_in_words_not_ids()
    {
        var html = await room.Client.GetPageAsync("/search?q=Khrushchev&collection=frus1961-63v06");

        var chips = html[html.IndexOf("class=\"active-filters\"", StringComparison.Ordinal)..html.IndexOf("class=\"search-layout\"", StringComparison.Ordinal)];
        Assert.Contains("Collection: Foreign Relations of the United States, 1961–1963, Volume VI", chips, StringComparison.Ordinal);
        Assert.DoesNotContain(">Collection: frus1961-63v06", chips, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_find_as_many_documents_as_the_home_page_counts_for_each_language()
    {
        var home = await room.Client.GetPageAsync("/");

        var languages = LanguageCount().Matches(home).ToList();
        Assert.NotEmpty(languages);
        foreach (Match language in languages)
        {
            var search = await room.Client.GetPageAsync(WebUtility.HtmlDecode(language.Groups[1].Value));
            Assert.Contains("<h2 id=\"results-heading\">" + language.Groups[3].Value + " document", search, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Should_export_a_result_list_as_csv_and_json_lines_with_links()
    {
        using var csv = await room.Client.GetAsync(new Uri("/search/export.csv?q=lighthouse", UriKind.Relative), Cancel);
        var text = await csv.Content.ReadAsStringAsync(Cancel);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"url\",\"id\",\"source_id\",\"title\",\"date\",\"collection\",\"number\",\"type\",\"archival_reference\"", lines[0]);
        Assert.Contains(lines, l => l.Contains("/documents/" + room.IdOf("lighthouse-1") + "\"", StringComparison.Ordinal));

        using var jsonl = await room.Client.GetAsync(new Uri("/search/export.jsonl?q=lighthouse", UriKind.Relative), Cancel);
        var rows = (await jsonl.Content.ReadAsStringAsync(Cancel)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l)).ToList();
        Assert.Equal(lines.Length - 1, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("http://", r.RootElement.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1+1", "\"'+1+1\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("Letter, \"quoted\"\nline", "\"Letter, \"\"quoted\"\"\nline\"")]
    public void Should_quote_csv_fields_and_defuse_formulas(string value, string expected)
    {
        Assert.Equal(expected + "\r\n", Dossier.Web.Searching.ResultListExport.CsvLine([value]));
    }

    [Fact]
    public async Task Should_say_on_the_page_and_in_the_api_that_no_record_holds_both_of_two_words()
    {
        // tei-mini names Kennedy, the model record Pishevari, and no record both: the search widens and says so.
        var html = await room.Client.GetPageAsync("/search?q=Pishevari+Kennedy");
        using var json = JsonDocument.Parse(await room.Client.GetPageAsync("/api/search?q=Pishevari+Kennedy&limit=50"));

        Assert.Contains("<p class=\"partial-match\">No document has every word of your search; these have some of them", html, StringComparison.Ordinal);
        Assert.True(json.RootElement.GetProperty("partial").GetBoolean());
        var ids = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source_id").GetString()).ToList();
        Assert.Contains("119698", ids);
        Assert.Contains(ids, id => id!.StartsWith("frus1961-63v06/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_give_each_api_search_hit_its_url_and_collection()
    {
        // Khrushchev is in tei-mini's volumes and in the model record's letter to him, which belongs to no collection.
        using var json = JsonDocument.Parse(await room.Client.GetPageAsync("/api/search?q=Khrushchev&limit=10"));

        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Contains(hits, h => h.GetProperty("source_id").GetString()!.StartsWith("frus", StringComparison.Ordinal));
        foreach (var hit in hits)
        {
            Assert.Equal("/documents/" + hit.GetProperty("id").GetString(), hit.GetProperty("url").GetString());
            if (hit.GetProperty("source_id").GetString() == "119698")
            {
                Assert.Equal(JsonValueKind.Null, hit.GetProperty("collection").ValueKind);
            }
            else
            {
                Assert.StartsWith("Foreign Relations", hit.GetProperty("collection").GetString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Should_serve_the_model_record_as_json_tei_and_plain_text_with_the_page_inside_the_word()
    {
        var id = (await CanonicalAsync("/documents/119698")).Split('/')[2];

        using var json = JsonDocument.Parse(await room.Client.GetPageAsync("/downloads/" + id + "/record.json"));
        Assert.Equal(id, json.RootElement.GetProperty("id").GetString());
        Assert.True(json.RootElement.GetProperty("alignments")[0].GetProperty("spans").GetArrayLength() > 20);

        var tei = XDocument.Parse(await room.Client.GetPageAsync("/downloads/" + id + "/record.tei.xml"));
        XNamespace t = "http://www.tei-c.org/ns/1.0";
        var russian = tei.Descendants(t + "div").Single(d => (string?)d.Attribute(XNamespace.Xml + "lang") == "ru");
        var page = russian.Descendants(t + "pb").Single(p => (string?)p.Attribute("n") == "120");
        Assert.Equal(t + "p", page.Parent!.Name);
        Assert.EndsWith("слу", ((XText)page.PreviousNode!).Value, StringComparison.Ordinal);
        Assert.StartsWith("жит", ((XText)page.NextNode!).Value, StringComparison.Ordinal);

        var text = await room.Client.GetPageAsync("/downloads/" + id + "/layer-1.txt");
        Assert.Contains("служит средством", text, StringComparison.Ordinal);
        using var bySource = await room.Client.GetAsync(new Uri("/downloads/119698/layer-1.txt", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.MovedPermanently, bySource.StatusCode);
    }

    [Fact]
    public async Task Should_link_the_previous_and_next_documents_of_the_volume_and_related_ones()
    {
        var html = await room.Client.GetPageAsync(await CanonicalAsync("/documents/frus1961-63v06/d11"));
        var previous = await CanonicalAsync("/documents/frus1961-63v06/d10");
        var next = await CanonicalAsync("/documents/frus1961-63v06/d12");

        Assert.Contains("<a rel=\"prev\" href=\"" + previous + "\">", html, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"next\" href=\"" + next + "\">", html, StringComparison.Ordinal);
        Assert.Contains("Document 11 of", html, StringComparison.Ordinal);
        Assert.Matches("<h2 id=\"related-heading\">Related documents</h2>[\\s\\S]*also names", html);
        Assert.Matches("<p class=\"permalink\">Permanent link: <a href=\"http://127\\.0\\.0\\.1:\\d+/documents/d[a-z2-9]{12}/[a-z0-9-]+\">", html);
    }

    [Fact]
    public async Task Should_describe_every_api_parameter_under_a_real_title()
    {
        using var json = JsonDocument.Parse(await room.Client.GetPageAsync("/openapi/v1.json"));

        Assert.Equal("Dossier archive API", json.RootElement.GetProperty("info").GetProperty("title").GetString());
        var parameters = json.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("parameters", out _))
                .SelectMany(o => o.Value.GetProperty("parameters").EnumerateArray().Select(x => (Path: p.Name, Parameter: x))))
            .ToList();
        Assert.Contains(parameters, p => p.Path == "/api/search" && p.Parameter.GetProperty("name").GetString() == "lang");
        Assert.All(parameters, p => Assert.True(
            p.Parameter.TryGetProperty("description", out var d) && d.GetString()!.Length > 10,
            p.Path + " " + p.Parameter.GetProperty("name").GetString() + " has no description"));
    }

    [Fact]
    public async Task Should_answer_404_for_a_missing_document_after_the_status_page_was_asked_for_directly()
    {
        await room.Client.GetPageAsync("/status/404");

        using var response = await room.Client.GetAsync(new Uri("/documents/no-such-document-after-status", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("<p class=\"hit-details\">([\\s\\S]*?)</p>")]
    private static partial Regex HitDetails();

    [GeneratedRegex("<li><a href=\"(/search\\?lang=[^\"]+)\">([^<]+)</a> <span class=\"count\">(\\d+)</span></li>")]
    private static partial Regex LanguageCount();
}
