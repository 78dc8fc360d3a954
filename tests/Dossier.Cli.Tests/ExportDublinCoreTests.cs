using System.Xml.Linq;
using Dossier.Core.Records;
using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class ExportDublinCoreTests : IDisposable
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_export_public_records_as_dublin_core_and_every_record_with_all()
    {
        var data = _folder.File("data");
        var drafts = _folder.File("drafts.jsonl");
        var draft = new ArchiveRecord
        {
            Source = new SourceIdentifier { Archive = "CLI test archive", RecordId = "draft-1" },
            Title = "An unpublished draft",
            Status = RecordStatus.Draft,
        };
        await File.WriteAllTextAsync(drafts, RecordJson.Serialize(draft) + "\n", TestContext.Current.CancellationToken);
        await CliRun.RunAsync("import", Shared.ModelRecord, drafts, "--data", data);
        var publicOnly = _folder.File("public.xml");
        var everything = _folder.File("all.xml");

        var export = await CliRun.RunAsync("export", "--format", "dc", "-o", publicOnly, "--data", data);
        var all = await CliRun.RunAsync("export", "--format", "dc", "--all", "-o", everything, "--data", data);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(0, all.ExitCode);
        var titles = XDocument.Load(publicOnly).Descendants(Dc + "title").Select(t => t.Value).ToList();
        var allTitles = XDocument.Load(everything).Descendants(Dc + "title").Select(t => t.Value).ToList();
        Assert.Single(titles);
        Assert.DoesNotContain("An unpublished draft", titles);
        Assert.Equal(2, allTitles.Count);
        Assert.Contains("An unpublished draft", allTitles);
        foreach (var record in XDocument.Load(publicOnly).Root!.Elements())
        {
            OaiSchemas.AssertValid(new XDocument(record).ToString());
        }
    }
}
