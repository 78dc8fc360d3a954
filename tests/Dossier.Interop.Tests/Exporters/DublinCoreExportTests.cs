using System.Text;
using System.Xml.Linq;
using Dossier.Core.Records;
using Dossier.Interop.Exporters.DublinCore;
using Dossier.Testing;

namespace Dossier.Interop.Tests.Exporters;

public sealed class DublinCoreExportTests
{
    private static readonly XNamespace OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    [Fact]
    public async Task Should_export_only_public_records_of_the_archive_each_valid_oai_dc()
    {
        await using var archive = await HarvestArchive.CreateAsync();
        using var output = new MemoryStream();

        await new DublinCoreRecordWriter(archive.Clock, HarvestArchive.BaseUrl).WriteArchiveAsync(archive.Store, output, TestContext.Current.CancellationToken);

        var xml = Encoding.UTF8.GetString(output.ToArray());
        var records = XDocument.Parse(xml).Root!.Elements(OaiDc + "dc").ToList();
        Assert.Equal(
            new[] { "Letter from the ferry captain on the winter crossing", "Note on the lighthouse lamp" }.Order(StringComparer.Ordinal),
            records.Select(r => r.Element(Dc + "title")!.Value).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("quarantine", xml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Withdrawn", xml, StringComparison.Ordinal);
        foreach (var record in records)
        {
            OaiSchemas.AssertValid(new XDocument(record).ToString());
        }
        Golden.AssertMatches("dc-export.xml", xml);
    }

    [Fact]
    public async Task Should_export_every_record_it_is_given()
    {
        await using var archive = await HarvestArchive.CreateAsync();
        using var output = new MemoryStream();

        await new DublinCoreRecordWriter(archive.Clock, HarvestArchive.BaseUrl).WriteAsync(archive.Store.Records.StreamAsync(TestContext.Current.CancellationToken), output, TestContext.Current.CancellationToken);

        var titles = XDocument.Parse(Encoding.UTF8.GetString(output.ToArray())).Descendants(Dc + "title").Select(t => t.Value).ToList();
        Assert.Equal(5, titles.Count);
        Assert.Contains("Draft about the quarantine pier", titles);
    }
}
