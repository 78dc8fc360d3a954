using Dossier.Testing;
using static Dossier.Interop.Tests.Exporters.OaiHarvester;

namespace Dossier.Interop.Tests.Exporters;

public sealed class OaiPmhGoldenTests
{
    private static readonly string Letter = "oai:archive.example.org:" + HarvestRecords.IdOf("ferry-1");

    public static TheoryData<string, string[]> Requests => new()
    {
        { "oai-identify.xml", ["verb", "Identify"] },
        { "oai-list-metadata-formats.xml", ["verb", "ListMetadataFormats", "identifier", Letter] },
        { "oai-list-sets.xml", ["verb", "ListSets"] },
        { "oai-list-identifiers.xml", ["verb", "ListIdentifiers", "metadataPrefix", "oai_dc"] },
        { "oai-list-records-oai_dc-page1.xml", ["verb", "ListRecords", "metadataPrefix", "oai_dc"] },
        { "oai-get-record-dossier.xml", ["verb", "GetRecord", "identifier", Letter, "metadataPrefix", "dossier"] },
        { "oai-error-bad-argument.xml", ["verb", "ListRecords", "metadataPrefix", "oai_dc", "set", "a", "set", "b"] },
        { "oai-error-cannot-disseminate.xml", ["verb", "ListRecords", "metadataPrefix", "marc21"] },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Should_answer_as_the_golden_file_says(string golden, string[] arguments)
    {
        await using var archive = await HarvestArchive.CreateAsync();

        var xml = await AskAsync(archive, HarvestArchive.Repository(pageSize: 3), arguments.Chunk(2).Select(p => (p[0], p[1])).ToArray());

        OaiSchemas.AssertValid(xml);
        Golden.AssertMatches(golden, xml);
    }
}
