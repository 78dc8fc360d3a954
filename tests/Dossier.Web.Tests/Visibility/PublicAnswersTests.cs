using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Core.Records;
using Dossier.Testing;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Visibility;

/// <summary>
/// Issue 15, item 6: every public route answers the same, byte for byte apart from timings, whether or not the
/// archive also holds drafts, withdrawn and embargoed records that use the same words and cite new and existing
/// people, places and collections; and an embargo that lapses makes its record appear.
/// </summary>
public sealed partial class PublicAnswersTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Should_answer_every_public_route_the_same_with_and_without_unpublished_records()
    {
        var publicLines = new[] { RecordJson.Serialize(InventedRecords.Hostile()), RecordJson.Serialize(InventedRecords.Letter()) };
        string[] files = [Shared.ModelRecord, Shared.PathTo("corpora/frus/tei-mini")];
        await using var without = await PrivateReadingRoom.StartAsync(Start, publicLines, files);
        var person = await FirstIdAsync(without.Client, "/api/people");
        var place = await FirstIdAsync(without.Client, "/api/places");
        var collection = await FirstIdAsync(without.Client, "/api/collections");
        await using var with = await PrivateReadingRoom.StartAsync(
            Start, publicLines.Concat(HiddenRecords.Lines(Start, person, place, collection)), files);

        var paths = Routes(person, place, collection).ToList();
        var differences = new List<string>();
        foreach (var path in paths)
        {
            var expected = await FetchAsync(without.Client, path);
            var actual = await FetchAsync(with.Client, path);
            // The comparison proves something only if public routes answer: hidden things are 404, the rest 200.
            var hidden = HiddenRecords.Ids.Any(id => path.EndsWith("/" + id, StringComparison.Ordinal));
            Assert.True(expected.StartsWith(hidden ? "404" : "200", StringComparison.Ordinal), path + ": " + expected[..Math.Min(200, expected.Length)]);
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                differences.Add(path + "\n  without: " + Excerpt(expected, actual) + "\n  with:    " + Excerpt(actual, expected));
            }
        }
        Assert.True(differences.Count == 0, $"{differences.Count} of {paths.Count} routes differ:\n" + string.Join("\n", differences));
        // The shelf only unpublished records are filed on is no shelf of the public tree.
        await with.Client.GetPageAsync("/browse/archives?repository=HIDDENARCH", HttpStatusCode.NotFound);
        await with.Client.GetPageAsync("/browse/archives?repository=HIDDENARCH&level1=Fond%201", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_show_an_embargoed_record_once_its_embargo_lapses()
    {
        var publicLines = new[] { RecordJson.Serialize(InventedRecords.Letter()) };
        await using var with = await PrivateReadingRoom.StartAsync(
            Start, publicLines.Concat(HiddenRecords.Lines(Start, "person/none", "place/none", "invented-letters")));

        Assert.DoesNotContain(HiddenRecords.LapsingId, await with.Client.GetPageAsync("/api/search?q=" + HiddenRecords.LapsingWord), StringComparison.Ordinal);
        await with.Client.GetPageAsync("/documents/" + HiddenRecords.LapsingId, HttpStatusCode.NotFound);
        await with.Client.GetPageAsync("/api/people/" + HiddenRecords.LapsingPerson, HttpStatusCode.NotFound);
        // The finder's set of cited authorities is kept while the catalogue holds: the lapse must renew it.
        Assert.DoesNotContain("Ulyana Lapsington", await with.Client.GetPageAsync("/people?q=Lapsington&before=1"), StringComparison.Ordinal);
        Assert.DoesNotContain("Lapsington", await with.Client.GetPageAsync("/api/people?limit=100&before=1"), StringComparison.Ordinal);

        with.Clock.Advance(TimeSpan.FromDays(2));

        // New addresses (a query the output cache has not seen): what changed is the clock, not the store.
        var found = await with.Client.GetPageAsync("/api/search?q=" + HiddenRecords.LapsingWord + "&limit=5");
        Assert.Contains(HiddenRecords.LapsingId, found, StringComparison.Ordinal);
        await with.Client.GetPageAsync("/documents/" + HiddenRecords.LapsingId + "?hl=x");
        Assert.Contains(HiddenRecords.LapsingId, await with.Client.GetPageAsync("/api/people/" + HiddenRecords.LapsingPerson + "?limit=5"), StringComparison.Ordinal);
        Assert.Contains("Ulyana Lapsington", await with.Client.GetPageAsync("/people?q=Lapsington"), StringComparison.Ordinal);
        Assert.Contains("Lapsington", await with.Client.GetPageAsync("/api/people?limit=100"), StringComparison.Ordinal);
        // Records still hidden stay hidden after the move.
        await with.Client.GetPageAsync("/api/documents/" + HiddenRecords.DraftId + "?x=1", HttpStatusCode.NotFound);
        Assert.DoesNotContain("draft-2", found, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Routes(string person, string place, string collection)
    {
        var documentId = RecordId.For(InventedRecords.Archive, "lighthouse-1");
        var hostileId = RecordId.For(InventedRecords.Archive, "hostile-1");
        string[] queries = ["Khrushchev", "lighthouse", "harbour", "quarantine", "Khrushchev Berlin", "Vienna", "\"lamp oil\"", ""];
        foreach (var q in queries)
        {
            var e = Uri.EscapeDataString(q);
            yield return "/search?q=" + e;
            yield return "/api/search?q=" + e;
            yield return "/api/search?q=" + e + "&facets=true";
            yield return "/api/search?q=" + e + "&facets=true&sort=date_desc&limit=50";
        }
        yield return "/search?q=Khrushchev&collection=" + Uri.EscapeDataString(collection);
        yield return "/api/search?q=Khrushchev&facets=true&person=" + Uri.EscapeDataString(person);
        yield return "/api/search?q=harbour&facets=true&place=" + Uri.EscapeDataString(place);
        yield return "/api/search?q=&facets=true&collection=invented-letters";
        yield return "/";
        yield return "/documents/" + documentId;
        yield return "/documents/" + hostileId + "?q=harbour";
        yield return "/api/documents";
        yield return "/api/documents?limit=100";
        yield return "/api/documents/" + documentId;
        yield return "/collections";
        yield return "/collections/" + collection;
        yield return "/collections/invented-letters";
        yield return "/collections/" + HiddenRecords.NewCollection;
        yield return "/api/collections";
        yield return "/api/collections/" + collection;
        yield return "/api/collections/invented-letters";
        yield return "/api/collections/" + HiddenRecords.NewCollection;
        foreach (var (kind, existing, hidden) in new[] { ("people", person, HiddenRecords.NewPerson), ("places", place, HiddenRecords.NewPlace) })
        {
            yield return "/" + kind;
            yield return "/" + kind + "?q=Hidden";
            yield return "/" + kind + "?q=e";
            yield return "/" + kind + "/" + existing;
            yield return "/" + kind + "/" + hidden;
            yield return "/api/" + kind;
            yield return "/api/" + kind + "?limit=100";
            yield return "/api/" + kind + "?q=Hidden";
            yield return "/api/" + kind + "/" + existing;
            yield return "/api/" + kind + "/" + hidden;
        }
        yield return "/people/" + HiddenRecords.LapsingPerson;
        yield return "/api/organisations";
        yield return "/api/organisations/" + HiddenRecords.NewOrganisation;
        yield return "/documents/" + HiddenRecords.DraftId;
        yield return "/api/documents/" + HiddenRecords.DraftId;
        yield return "/documents/" + HiddenRecords.LapsingId;
        yield return "/timeline";
        yield return "/timeline?decade=1960";
        yield return "/browse/archives";
        yield return "/browse/archives?repository=TESTARCH";
        yield return "/browse/archives?repository=TESTARCH&level1=Fond%209&level2=Opis%201";
        yield return "/browse/archives?repository=Russian%20State%20Archive%20of%20Contemporary%20History%20%28RGANI%29&level1=Fond%205&level2=Opis%2028&level3=Delo%20347";
        yield return "/status/404";
        yield return "/openapi/v1.json";
    }

    private static async Task<string> FirstIdAsync(HttpClient client, string path)
    {
        using var document = JsonDocument.Parse(await client.GetPageAsync(path));
        return document.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    /// <summary>Status, type and body, with timings scrubbed.</summary>
    private static async Task<string> FetchAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (int)response.StatusCode + " " + response.Content.Headers.ContentType + "\n" + Score().Replace(Took().Replace(body, "took"), "$1");
    }

    private static string Excerpt(string text, string other)
    {
        var at = 0;
        while (at < text.Length && at < other.Length && text[at] == other[at])
        {
            at++;
        }
        var from = Math.Max(0, at - 80);
        return text.Substring(from, Math.Min(240, text.Length - from)).ReplaceLineEndings(" ");
    }

    /// <summary>
    /// Scores to three decimals: a sum of clause scores is added up in an order that follows Lucene's document numbers,
    /// which depend on how indexing threads interleaved, so the last bit of a float varies between two builds of the
    /// very same records.
    /// </summary>
    [GeneratedRegex("(\"score\":\\d+(\\.\\d{1,3})?)\\d*")]
    private static partial Regex Score();

    /// <summary>Timings, and the server's own address (OpenAPI names it; the two servers listen on different ports).</summary>
    [GeneratedRegex("\"took_ms\":\\d+|\\d+(\\.\\d+)?\\s?ms\\b|127\\.0\\.0\\.1:\\d+")]
    private static partial Regex Took();
}
