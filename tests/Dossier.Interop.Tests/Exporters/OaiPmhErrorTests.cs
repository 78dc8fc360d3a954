using Dossier.Testing;
using static Dossier.Interop.Tests.Exporters.OaiHarvester;

namespace Dossier.Interop.Tests.Exporters;

public sealed class OaiPmhErrorTests
{
    private static readonly string LetterIdentifier = "oai:archive.example.org:" + HarvestRecords.IdOf("ferry-1");

    public static TheoryData<string, string[]> Cases => new()
    {
        { "badVerb", [] },
        { "badVerb", ["verb", "Sing"] },
        { "badVerb", ["verb", "Identify", "verb", "Identify"] },
        { "badVerb", ["verb", "identify"] },
        { "badArgument", ["verb", "Identify", "metadataPrefix", "oai_dc"] },
        { "badArgument", ["verb", "ListRecords"] },
        { "badArgument", ["verb", "ListRecords", "metadataPrefix", "oai_dc", "metadataPrefix", "oai_dc"] },
        { "badArgument", ["verb", "ListRecords", "metadataPrefix", "oai_dc", "colour", "red"] },
        { "badArgument", ["verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "30 November 2026"] },
        { "badArgument", ["verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2026-11-30T10:00:00"] },
        { "badArgument", ["verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2026-11-30", "until", "2026-11-30T12:00:00Z"] },
        { "badArgument", ["verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2026-12-01", "until", "2026-11-30"] },
        { "badArgument", ["verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "resumptionToken", "abc"] },
        { "badArgument", ["verb", "GetRecord", "metadataPrefix", "oai_dc"] },
        { "badArgument", ["verb", "GetRecord", "identifier", "x", "metadataPrefix", ""] },
        { "badArgument", ["verb", "ListSets", "set", "harbour-letters"] },
        { "badResumptionToken", ["verb", "ListRecords", "resumptionToken", "garbled"] },
        { "badResumptionToken", ["verb", "ListSets", "resumptionToken", "anything"] },
        { "cannotDisseminateFormat", ["verb", "ListRecords", "metadataPrefix", "marc21"] },
        { "cannotDisseminateFormat", ["verb", "GetRecord", "identifier", LetterIdentifier, "metadataPrefix", "mods"] },
        { "idDoesNotExist", ["verb", "GetRecord", "identifier", "oai:archive.example.org:dnothere23456", "metadataPrefix", "oai_dc"] },
        { "idDoesNotExist", ["verb", "GetRecord", "identifier", "oai:other.example.org:" + HarvestRecords.IdOf("ferry-1"), "metadataPrefix", "oai_dc"] },
        { "idDoesNotExist", ["verb", "GetRecord", "identifier", "oai:archive.example.org:" + HarvestRecords.IdOf("ferry-draft"), "metadataPrefix", "oai_dc"] },
        { "idDoesNotExist", ["verb", "GetRecord", "identifier", "oai:archive.example.org:" + HarvestRecords.IdOf("ferry-embargo"), "metadataPrefix", "oai_dc"] },
        { "idDoesNotExist", ["verb", "ListMetadataFormats", "identifier", "not an identifier"] },
        { "noRecordsMatch", ["verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2031-01-01"] },
        { "noRecordsMatch", ["verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "no-such-collection"] },
        { "noRecordsMatch", ["verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "secret-drafts"] },
        { "noRecordsMatch", ["verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "until", "2026-11-29"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_answer_each_bad_request_with_its_error_code_in_a_valid_response(string code, string[] arguments)
    {
        await using var archive = await HarvestArchive.CreateAsync();
        var pairs = arguments.Chunk(2).Select(p => (p[0], p[1])).ToArray();

        var xml = await AskAsync(archive, HarvestArchive.Repository(), pairs);

        Assert.Equal(code, ErrorCode(xml));
        OaiSchemas.AssertValid(xml);
        var request = System.Xml.Linq.XDocument.Parse(xml).Root!.Element(Oai + "request")!;
        if (code is "badVerb" or "badArgument")
        {
            Assert.Empty(request.Attributes());
        }
        Assert.Equal("https://archive.example.org/oai", request.Value);
    }

    [Fact]
    public async Task Should_answer_noSetHierarchy_when_no_collection_has_a_public_record()
    {
        var clock = new ManualClock(HarvestArchive.Start);
        using var folder = new Dossier.Testing.TempFolder("dossier-harvest");
        var store = await Dossier.Storage.StoreFactory.OpenAsync(folder.Path, clock, TestContext.Current.CancellationToken);
        await using (store)
        {
            await store.Records.UpsertAsync([HarvestRecords.Draft(), new Core.Records.ArchiveRecord
            {
                Source = new Core.Records.SourceIdentifier { Archive = HarvestRecords.Archive, RecordId = "loose" },
                Title = "A record in no collection",
            }], TestContext.Current.CancellationToken);
            var archive = new HarvestArchive(folder, store, clock);
            var repository = HarvestArchive.Repository();

            var sets = await AskAsync(archive, repository, ("verb", "ListSets"));
            var listed = await AskAsync(archive, repository, ("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"), ("set", "secret-drafts"));

            Assert.Equal("noSetHierarchy", ErrorCode(sets));
            Assert.Equal("noSetHierarchy", ErrorCode(listed));
            Assert.DoesNotContain("Secret drafts", sets, StringComparison.Ordinal);
            OaiSchemas.AssertValid(sets);
            OaiSchemas.AssertValid(listed);
        }
    }
}
