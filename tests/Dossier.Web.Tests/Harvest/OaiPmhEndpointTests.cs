using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Dossier.Testing;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Harvest;

[Collection(HarvestCollection.Name)]
public sealed class OaiPmhEndpointTests(HarvestRoomFixture room)
{
    private static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";

    [Fact]
    public async Task Should_harvest_every_public_record_exactly_once_walking_resumption_tokens_to_the_end()
    {
        var live = new List<string>();
        var deleted = new List<string>();
        var query = "/oai?verb=ListRecords&metadataPrefix=oai_dc";
        var pages = 0;
        var completeListSize = 0;
        while (true)
        {
            var xml = await room.Client.GetPageAsync(query);
            OaiSchemas.AssertValid(xml);
            pages++;
            var doc = XDocument.Parse(xml);
            Assert.Null(doc.Root!.Element(Oai + "error"));
            var token = doc.Descendants(Oai + "resumptionToken").SingleOrDefault();
            if (token is not null)
            {
                Assert.Equal(live.Count + deleted.Count, int.Parse(token.Attribute("cursor")!.Value, CultureInfo.InvariantCulture));
                completeListSize = int.Parse(token.Attribute("completeListSize")!.Value, CultureInfo.InvariantCulture);
            }
            foreach (var header in doc.Descendants(Oai + "header"))
            {
                var local = header.Element(Oai + "identifier")!.Value.Split(':', 3)[2];
                (header.Attribute("status") is null ? live : deleted).Add(local);
            }
            if (token is null || token.Value.Length == 0)
            {
                break;
            }
            query = "/oai?verb=ListRecords&resumptionToken=" + Uri.EscapeDataString(token.Value);
        }

        var now = room.Archive.Time.GetUtcNow();
        var expected = new List<string>();
        await foreach (var record in room.Archive.Store.Records.StreamAsync(TestContext.Current.CancellationToken))
        {
            if (record.IsPublicAt(now))
            {
                expected.Add(record.Id);
            }
        }
        Assert.True(expected.Count > 490, $"tei-mini and the model record give {expected.Count} public records");
        Assert.True(pages >= 5, $"{pages} pages");
        Assert.Equal(live.Count, live.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), live.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { room.DeletedId, room.WithdrawnId }.Order(StringComparer.Ordinal), deleted.Order(StringComparer.Ordinal));
        Assert.Equal(live.Count + deleted.Count, completeListSize);
        var draft = await room.Archive.Store.Records.FindAsync("draft-1", TestContext.Current.CancellationToken);
        var embargoed = await room.Archive.Store.Records.FindAsync("embargo-1", TestContext.Current.CancellationToken);
        Assert.DoesNotContain(draft!.Id, live.Concat(deleted));
        Assert.DoesNotContain(embargoed!.Id, live.Concat(deleted));
    }

    [Fact]
    public async Task Should_harvest_one_frus_volume_as_a_set()
    {
        var sets = XDocument.Parse(await room.Client.GetPageAsync("/oai?verb=ListSets"));
        var specs = sets.Descendants(Oai + "setSpec").Select(s => s.Value).ToList();
        Assert.Contains("frus1961-63v06", specs);
        Assert.DoesNotContain(specs, s => s.Contains("draft", StringComparison.OrdinalIgnoreCase));

        var identifiers = new List<string>();
        var query = "/oai?verb=ListIdentifiers&metadataPrefix=dossier&set=frus1961-63v06";
        while (true)
        {
            var xml = await room.Client.GetPageAsync(query);
            OaiSchemas.AssertValid(xml);
            var doc = XDocument.Parse(xml);
            Assert.All(doc.Descendants(Oai + "header"), h => Assert.Contains("frus1961-63v06", h.Elements(Oai + "setSpec").Select(s => s.Value)));
            identifiers.AddRange(doc.Descendants(Oai + "identifier").Select(i => i.Value));
            var token = doc.Descendants(Oai + "resumptionToken").SingleOrDefault()?.Value;
            if (string.IsNullOrEmpty(token))
            {
                break;
            }
            query = "/oai?verb=ListIdentifiers&resumptionToken=" + Uri.EscapeDataString(token);
        }
        Assert.True(identifiers.Count > 100, $"{identifiers.Count} documents in the Kennedy–Khrushchev volume");
        Assert.Equal(identifiers.Count, identifiers.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Should_answer_a_form_post_as_it_answers_the_same_get()
    {
        var get = await room.Client.GetPageAsync("/oai?verb=ListMetadataFormats");
        using var form = new FormUrlEncodedContent([new("verb", "ListMetadataFormats")]);
        using var response = await room.Client.PostAsync(new Uri("/oai", UriKind.Relative), form, TestContext.Current.CancellationToken);
        var post = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        OaiSchemas.AssertValid(post);
        Assert.Equal(Scrub(get), Scrub(post));
    }

    [Fact]
    public async Task Should_count_an_argument_given_in_the_query_and_the_form_as_repeated()
    {
        using var form = new FormUrlEncodedContent([new("verb", "Identify")]);
        using var response = await room.Client.PostAsync(new Uri("/oai?verb=Identify", UriKind.Relative), form, TestContext.Current.CancellationToken);
        var xml = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        OaiSchemas.AssertValid(xml);
        Assert.Equal("badVerb", XDocument.Parse(xml).Root!.Element(Oai + "error")!.Attribute("code")!.Value);
    }

    [Fact]
    public async Task Should_answer_errors_with_200_and_refuse_a_post_that_is_not_a_form()
    {
        var xml = await room.Client.GetPageAsync("/oai?verb=Dance");
        using var json = new StringContent("{\"verb\":\"Identify\"}", System.Text.Encoding.UTF8, "application/json");
        using var response = await room.Client.PostAsync(new Uri("/oai", UriKind.Relative), json, TestContext.Current.CancellationToken);

        OaiSchemas.AssertValid(xml);
        Assert.Contains("code=\"badVerb\"", xml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Should_serve_the_schema_of_the_dossier_format_it_names()
    {
        var formats = XDocument.Parse(await room.Client.GetPageAsync("/oai?verb=ListMetadataFormats"));
        var schema = new Uri(formats.Descendants(Oai + "metadataFormat")
            .Single(f => f.Element(Oai + "metadataPrefix")!.Value == "dossier").Element(Oai + "schema")!.Value);

        var xsd = await room.Client.GetPageAsync(schema.PathAndQuery);

        Assert.Contains("targetNamespace=\"urn:dossier:record:1\"", xsd, StringComparison.Ordinal);
        await room.Client.GetPageAsync("/oai/schemas/none.xsd", HttpStatusCode.NotFound);
    }

    private static string Scrub(string xml) =>
        System.Text.RegularExpressions.Regex.Replace(xml, "<responseDate>[^<]*</responseDate>", "");
}
