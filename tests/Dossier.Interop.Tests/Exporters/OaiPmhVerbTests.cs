using System.Xml.Linq;
using Dossier.Testing;
using static Dossier.Interop.Tests.Exporters.OaiHarvester;

namespace Dossier.Interop.Tests.Exporters;

public sealed class OaiPmhVerbTests
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Dossier = "urn:dossier:record:1";
    private static readonly string Letter = "oai:archive.example.org:" + HarvestRecords.IdOf("ferry-1");

    [Fact]
    public async Task Should_identify_the_repository_with_its_granularity_deletion_policy_and_identifier_scheme()
    {
        await using var archive = await HarvestArchive.CreateAsync();

        var xml = await AskAsync(archive, HarvestArchive.Repository(), ("verb", "Identify"));

        OaiSchemas.AssertValid(xml);
        var identify = XDocument.Parse(xml).Root!.Element(Oai + "Identify")!;
        Assert.Equal("https://archive.example.org/oai", identify.Element(Oai + "baseURL")!.Value);
        Assert.Equal("YYYY-MM-DDThh:mm:ssZ", identify.Element(Oai + "granularity")!.Value);
        Assert.Equal("transient", identify.Element(Oai + "deletedRecord")!.Value);
        // The letter, written first, is the earliest public item.
        Assert.Equal("2026-11-30T10:00:00Z", identify.Element(Oai + "earliestDatestamp")!.Value);
        XNamespace id = "http://www.openarchives.org/OAI/2.0/oai-identifier";
        Assert.Equal("archive.example.org", identify.Descendants(id + "repositoryIdentifier").Single().Value);
    }

    [Fact]
    public async Task Should_list_both_metadata_formats_for_the_repository_and_for_one_record()
    {
        await using var archive = await HarvestArchive.CreateAsync();
        var repository = HarvestArchive.Repository();

        foreach (var xml in new[]
        {
            await AskAsync(archive, repository, ("verb", "ListMetadataFormats")),
            await AskAsync(archive, repository, ("verb", "ListMetadataFormats"), ("identifier", Letter)),
        })
        {
            OaiSchemas.AssertValid(xml);
            var prefixes = XDocument.Parse(xml).Descendants(Oai + "metadataPrefix").Select(p => p.Value);
            Assert.Equal(["oai_dc", "dossier"], prefixes);
        }
    }

    [Fact]
    public async Task Should_list_collections_with_public_records_as_sets_with_safe_specs()
    {
        await using var archive = await HarvestArchive.CreateAsync();

        var xml = await AskAsync(archive, HarvestArchive.Repository(), ("verb", "ListSets"));

        OaiSchemas.AssertValid(xml);
        var specs = XDocument.Parse(xml).Descendants(Oai + "setSpec").Select(s => s.Value).ToList();
        Assert.Equal(["harbour-letters", "odd~2Fid~3Awith~20space"], specs);
        Assert.DoesNotContain("Secret drafts", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_harvest_a_set_by_its_encoded_spec()
    {
        await using var archive = await HarvestArchive.CreateAsync();

        var xml = await AskAsync(archive, HarvestArchive.Repository(), ("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"), ("set", "odd~2Fid~3Awith~20space"));

        OaiSchemas.AssertValid(xml);
        Assert.Equal([Letter], Headers(xml).Select(h => h.Element(Oai + "identifier")!.Value));
    }

    [Fact]
    public async Task Should_get_a_record_in_oai_dc_with_its_dublin_core_elements()
    {
        await using var archive = await HarvestArchive.CreateAsync();

        var xml = await AskAsync(archive, HarvestArchive.Repository(), ("verb", "GetRecord"), ("identifier", Letter), ("metadataPrefix", "oai_dc"));

        OaiSchemas.AssertValid(xml);
        var doc = XDocument.Parse(xml);
        Assert.Equal("Letter from the ferry captain on the winter crossing", doc.Descendants(Dc + "title").Single().Value);
        Assert.Equal("Captain Ivan Ferrier", doc.Descendants(Dc + "creator").Single().Value);
        Assert.Contains("B. Tester", doc.Descendants(Dc + "contributor").Select(c => c.Value));
        Assert.Equal("1957-01-09", doc.Descendants(Dc + "date").Single().Value);
        Assert.Equal(["ru", "en"], doc.Descendants(Dc + "language").Select(l => l.Value));
        Assert.Contains("https://archive.example.org/documents/" + HarvestRecords.IdOf("ferry-1"), doc.Descendants(Dc + "identifier").Select(i => i.Value));
        Assert.Equal("The captain reports ice on the crossing & asks for a second <tug>.", doc.Descendants(Dc + "description").Single().Value);
        Assert.Equal(["harbour-letters", "odd~2Fid~3Awith~20space"], doc.Descendants(Oai + "setSpec").Select(s => s.Value));
    }

    [Fact]
    public async Task Should_get_a_record_in_the_dossier_format_with_every_layer_and_its_pages()
    {
        await using var archive = await HarvestArchive.CreateAsync();

        var xml = await AskAsync(archive, HarvestArchive.Repository(), ("verb", "GetRecord"), ("identifier", Letter), ("metadataPrefix", "dossier"));

        OaiSchemas.AssertValid(xml);
        var record = XDocument.Parse(xml).Descendants(Dossier + "record").Single();
        var layers = record.Elements(Dossier + "layer").ToList();
        Assert.Equal(["ru", "en"], layers.Select(l => l.Attribute("lang")!.Value));
        Assert.Equal("Лёд на переправе.\n\nПрошу второй буксир.", layers[0].Element(Dossier + "text")!.Value);
        Assert.Equal(["5", "6"], layers[1].Elements(Dossier + "page").Select(p => p.Attribute("number")!.Value));
        Assert.Equal("41", record.Element(Dossier + "archivalReference")!.Element(Dossier + "delo")!.Value);
        Assert.Equal("translator", record.Elements(Dossier + "contributor").Single(c => c.Value == "B. Tester").Attribute("role")!.Value);
    }

    [Fact]
    public async Task Should_list_records_in_both_formats_and_identifiers_as_valid_responses()
    {
        await using var archive = await HarvestArchive.CreateAsync();
        var repository = HarvestArchive.Repository();

        foreach (var (verb, prefix) in new[] { ("ListRecords", "oai_dc"), ("ListRecords", "dossier"), ("ListIdentifiers", "oai_dc"), ("ListIdentifiers", "dossier") })
        {
            var xml = await AskAsync(archive, repository, ("verb", verb), ("metadataPrefix", prefix));
            OaiSchemas.AssertValid(xml);
            Assert.Null(ErrorCode(xml));
            Assert.Equal(4, Headers(xml).Count);
            Assert.Null(Token(xml));
        }
    }

    [Fact]
    public async Task Should_accept_untrusted_text_with_characters_xml_forbids()
    {
        await using var archive = await HarvestArchive.CreateAsync();
        var record = HarvestRecords.Note();
        record.Title = "Bell\u0007 and \u001B an escape \u0008";
        record.Layers[0].Text = "Text\u0001 with a control character.";
        await archive.Store.Records.UpsertAsync([record], TestContext.Current.CancellationToken);

        foreach (var prefix in new[] { "oai_dc", "dossier" })
        {
            var xml = await AskAsync(archive, HarvestArchive.Repository(), ("verb", "GetRecord"), ("identifier", "oai:archive.example.org:" + record.Id), ("metadataPrefix", prefix));
            OaiSchemas.AssertValid(xml);
            // The store refuses noncharacters and lone surrogates (CodePoints); the control characters XML 1.0 forbids are dropped here.
            Assert.Contains("Bell and  an escape ", xml, StringComparison.Ordinal);
        }
    }
}
