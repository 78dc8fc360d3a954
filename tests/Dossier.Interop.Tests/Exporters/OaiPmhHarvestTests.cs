using System.Xml.Linq;
using Dossier.Testing;
using static Dossier.Interop.Tests.Exporters.OaiHarvester;

namespace Dossier.Interop.Tests.Exporters;

/// <summary>What a harvester gets over time: pages with resumption tokens, deletions, embargoes, and from/until.</summary>
public sealed class OaiPmhHarvestTests
{
    private static string Identifier(string sourceRecordId) => "oai:archive.example.org:" + HarvestRecords.IdOf(sourceRecordId);

    [Fact]
    public async Task Should_walk_a_list_page_by_page_with_cursor_and_complete_list_size()
    {
        await using var archive = await HarvestArchive.CreateAsync();
        var repository = HarvestArchive.Repository(pageSize: 3);

        var first = await AskAsync(archive, repository, ("verb", "ListRecords"), ("metadataPrefix", "oai_dc"));
        var token = XDocument.Parse(first).Descendants(Oai + "resumptionToken").Single();
        var second = await AskAsync(archive, repository, ("verb", "ListRecords"), ("resumptionToken", token.Value));
        var last = XDocument.Parse(second).Descendants(Oai + "resumptionToken").Single();

        OaiSchemas.AssertValid(first);
        OaiSchemas.AssertValid(second);
        Assert.Equal(3, Headers(first).Count);
        Assert.Single(Headers(second));
        Assert.Equal(("4", "0"), (token.Attribute("completeListSize")!.Value, token.Attribute("cursor")!.Value));
        Assert.NotNull(token.Attribute("expirationDate"));
        // The last page carries an empty token: the list is complete.
        Assert.Equal(("4", "3", ""), (last.Attribute("completeListSize")!.Value, last.Attribute("cursor")!.Value, last.Value));
        var all = Headers(first).Concat(Headers(second)).Select(h => h.Element(Oai + "identifier")!.Value).ToList();
        Assert.Equal(all.Distinct().Count(), all.Count);
    }

    [Fact]
    public async Task Should_refuse_a_tampered_expired_or_foreign_resumption_token()
    {
        await using var archive = await HarvestArchive.CreateAsync();
        var repository = HarvestArchive.Repository(pageSize: 1);
        var first = await AskAsync(archive, repository, ("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"));
        var token = Token(first)!;
        var payload = token[..token.IndexOf('.', StringComparison.Ordinal)];
        var flipped = (payload[5] == 'A' ? 'B' : 'A') + "";
        var tampered = payload[..5] + flipped + token[6..];

        var asTampered = await AskAsync(archive, repository, ("verb", "ListIdentifiers"), ("resumptionToken", tampered));
        var forOtherVerb = await AskAsync(archive, repository, ("verb", "ListRecords"), ("resumptionToken", token));
        var fromOtherServer = await AskAsync(archive, new Dossier.Interop.Exporters.OaiPmh.OaiPmhRepository(), ("verb", "ListIdentifiers"), ("resumptionToken", token));
        var stillGood = await AskAsync(archive, repository, ("verb", "ListIdentifiers"), ("resumptionToken", token));
        archive.Clock.Now += TimeSpan.FromHours(25);
        var expired = await AskAsync(archive, repository, ("verb", "ListIdentifiers"), ("resumptionToken", token));

        Assert.Null(ErrorCode(stillGood));
        foreach (var xml in new[] { asTampered, forOtherVerb, fromOtherServer, expired })
        {
            Assert.Equal("badResumptionToken", ErrorCode(xml));
            OaiSchemas.AssertValid(xml);
        }
    }

    [Fact]
    public async Task Should_never_show_drafts_or_embargoed_records_and_show_withdrawn_and_deleted_ones_as_deleted()
    {
        await using var archive = await HarvestArchive.CreateAsync();

        var xml = await AskAsync(archive, HarvestArchive.Repository(), ("verb", "ListRecords"), ("metadataPrefix", "dossier"));

        var headers = Headers(xml).ToDictionary(h => h.Element(Oai + "identifier")!.Value, h => h.Attribute("status")?.Value);
        Assert.Equal(
            new Dictionary<string, string?>
            {
                [Identifier("ferry-1")] = null,
                [Identifier("ferry-2")] = null,
                [Identifier("ferry-withdrawn")] = "deleted",
                [Identifier("ferry-deleted")] = "deleted",
            },
            headers);
        Assert.DoesNotContain("quarantine", xml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Withdrawn telegram", xml, StringComparison.Ordinal);
        // A deleted record has a header and no metadata.
        var deleted = XDocument.Parse(xml).Descendants(Oai + "record").Where(r => r.Element(Oai + "header")!.Attribute("status") is not null);
        Assert.All(deleted, r => Assert.Null(r.Element(Oai + "metadata")));
        var got = await AskAsync(archive, HarvestArchive.Repository(), ("verb", "GetRecord"), ("identifier", Identifier("ferry-deleted")), ("metadataPrefix", "oai_dc"));
        OaiSchemas.AssertValid(got);
        Assert.Equal("deleted", Headers(got).Single().Attribute("status")!.Value);
        Assert.Equal("2026-11-30T13:00:00Z", Headers(got).Single().Element(Oai + "datestamp")!.Value);
    }

    [Fact]
    public async Task Should_show_an_embargoed_record_once_its_embargo_lifts_stamped_with_the_lifting_time()
    {
        await using var archive = await HarvestArchive.CreateAsync();
        archive.Clock.Now = HarvestArchive.EmbargoLifts.AddDays(1);

        var xml = await AskAsync(archive, HarvestArchive.Repository(), ("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"), ("from", "2029-12-31"));

        OaiSchemas.AssertValid(xml);
        var header = Headers(xml).Single();
        Assert.Equal(Identifier("ferry-embargo"), header.Element(Oai + "identifier")!.Value);
        Assert.Equal("2030-01-01T00:00:00Z", header.Element(Oai + "datestamp")!.Value);
    }

    [Fact]
    public async Task Should_select_by_datestamp_from_and_until_inclusive_at_either_granularity()
    {
        await using var archive = await HarvestArchive.CreateAsync();
        var repository = HarvestArchive.Repository();

        async Task<string[]> Ids(params (string, string)[] range)
        {
            var xml = await AskAsync(archive, repository, [("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"), .. range]);
            OaiSchemas.AssertValid(xml);
            return Headers(xml).Select(h => h.Element(Oai + "identifier")!.Value).Order(StringComparer.Ordinal).ToArray();
        }

        Assert.Equal(
            new[] { Identifier("ferry-2"), Identifier("ferry-withdrawn") }.Order(StringComparer.Ordinal),
            await Ids(("from", "2026-11-30T11:00:00Z"), ("until", "2026-11-30T12:00:00Z")));
        Assert.Equal([Identifier("ferry-deleted")], await Ids(("from", "2026-11-30T12:00:01Z")));
        Assert.Equal([Identifier("ferry-1")], await Ids(("until", "2026-11-30T10:59:59Z")));
        Assert.Equal(4, (await Ids(("from", "2026-11-30"), ("until", "2026-11-30"))).Length);
    }

    [Fact]
    public async Task Should_answer_post_arguments_as_it_answers_get_arguments()
    {
        await using var archive = await HarvestArchive.CreateAsync();
        var repository = HarvestArchive.Repository();

        // The provider sees arguments, not methods; the web endpoint's test checks that POST reaches it.
        var xml = await AskAsync(archive, repository, ("metadataPrefix", "oai_dc"), ("verb", "ListIdentifiers"));

        Assert.Null(ErrorCode(xml));
        Assert.Equal(4, Headers(xml).Count);
    }

    [Fact]
    public async Task Should_answer_from_the_store_as_it_stands_when_one_repository_answers_request_after_request()
    {
        // One repository keeps the store's datestamps while its change sequence stands (DatestampsMemo): an embargo
        // that lifts without a write, and a write, both show in the next answer.
        await using var archive = await HarvestArchive.CreateAsync();
        var repository = HarvestArchive.Repository();
        async Task<Dictionary<string, string?>> HeadersAsync()
        {
            var xml = await AskAsync(archive, repository, ("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"));
            return Headers(xml).ToDictionary(h => h.Element(Oai + "identifier")!.Value, h => h.Attribute("status")?.Value);
        }

        var before = await HeadersAsync();
        archive.Clock.Now = HarvestArchive.EmbargoLifts.AddDays(1);
        var lifted = await HeadersAsync();
        await archive.Store.Records.UpsertAsync([HarvestRecords.ToDelete()], TestContext.Current.CancellationToken);
        var written = await HeadersAsync();

        Assert.DoesNotContain(Identifier("ferry-embargo"), before.Keys);
        Assert.Equal("deleted", before[Identifier("ferry-deleted")]);
        Assert.Contains(Identifier("ferry-embargo"), lifted.Keys);
        Assert.Equal("deleted", lifted[Identifier("ferry-deleted")]);
        Assert.Null(written[Identifier("ferry-deleted")]);
        Assert.Equal(lifted.Count, written.Count);
    }

    [Fact]
    public async Task Should_show_a_deleted_record_imported_again_as_live_with_the_new_datestamp()
    {
        await using var archive = await HarvestArchive.CreateAsync();
        archive.Clock.Now = HarvestArchive.Start.AddHours(5);
        await archive.Store.Records.UpsertAsync([HarvestRecords.ToDelete()], TestContext.Current.CancellationToken);

        var xml = await AskAsync(archive, HarvestArchive.Repository(), ("verb", "GetRecord"), ("identifier", Identifier("ferry-deleted")), ("metadataPrefix", "oai_dc"));

        OaiSchemas.AssertValid(xml);
        var header = Headers(xml).Single();
        Assert.Null(header.Attribute("status"));
        Assert.Equal("2026-11-30T15:00:00Z", header.Element(Oai + "datestamp")!.Value);
    }
}
