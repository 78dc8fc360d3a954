using System.Text;
using System.Text.Json.Nodes;
using Dossier.Core.Records;
using Dossier.Interop.Exporters.Iiif;
using Dossier.Interop.Importers.Tei;
using Dossier.Interop.Importers.WcdaPage;
using Dossier.Testing;

namespace Dossier.Interop.Tests.Exporters;

public sealed class IiifManifestTests
{
    private static async Task<string> ManifestAsync(ArchiveRecord record)
    {
        if (string.IsNullOrEmpty(record.Id))
        {
            record.Id = RecordId.For(record.Source);
        }
        using var output = new MemoryStream();
        await new IiifManifestWriter().WriteManifestAsync(record, HarvestArchive.BaseUrl, output, TestContext.Current.CancellationToken);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static void AssertFollowsTheRules(string json)
    {
        var problems = IiifRules.Check(json);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Should_write_the_golden_manifest_of_a_paged_bilingual_letter()
    {
        var json = await ManifestAsync(HarvestRecords.Letter());

        AssertFollowsTheRules(json);
        Golden.AssertMatches("iiif-manifest-letter.json", json);
    }

    [Fact]
    public async Task Should_put_each_layer_of_each_page_on_its_canvas_as_a_supplementing_text_in_its_language()
    {
        var manifest = JsonNode.Parse(await ManifestAsync(HarvestRecords.Letter()))!;

        var canvases = manifest["items"]!.AsArray();
        Assert.Equal(["p. 5", "p. 6"], canvases.Select(c => c!["label"]!["none"]![0]!.GetValue<string>()));
        var second = canvases[1]!["annotations"]!.AsArray();
        var bodies = second.Select(p => p!["items"]![0]!["body"]!).ToList();
        Assert.Equal(["ru", "en"], bodies.Select(b => b["language"]!.GetValue<string>()));
        Assert.Equal(["Прошу второй буксир.", "I ask for a second tug."], bodies.Select(b => b["value"]!.GetValue<string>()));
        Assert.All(second, p => Assert.Equal("supplementing", p!["items"]![0]!["motivation"]!.GetValue<string>()));
        Assert.Equal(2, manifest["structures"]![0]!["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Should_paint_each_scanned_page_on_its_canvas_with_the_image_service_and_the_scan_size()
    {
        var record = HarvestRecords.Letter();
        record.Scans =
        [
            new Core.Scans.ScanPage { Sha256 = new string('a', 64), MediaType = "image/png", Width = 1700, Height = 2200, Number = 1 },
            new Core.Scans.ScanPage { Sha256 = new string('b', 64), MediaType = "image/png", Width = 1650, Height = 2300, Number = 2 },
            new Core.Scans.ScanPage { Sha256 = new string('c', 64), MediaType = "image/png", Width = 1600, Height = 2100, Number = 3 },
        ];

        var json = await ManifestAsync(record);

        AssertFollowsTheRules(json);
        var canvases = JsonNode.Parse(json)!["items"]!.AsArray();
        Assert.Equal(3, canvases.Count);
        Assert.Equal([2200, 2300, 2100], canvases.Select(c => c!["height"]!.GetValue<int>()));
        Assert.Equal([1700, 1650, 1600], canvases.Select(c => c!["width"]!.GetValue<int>()));
        var painting = canvases[1]!["items"]![0]!["items"]![0]!;
        Assert.Equal("painting", painting["motivation"]!.GetValue<string>());
        Assert.Equal(canvases[1]!["id"]!.GetValue<string>(), painting["target"]!.GetValue<string>());
        var service = painting["body"]!["service"]![0]!;
        Assert.Equal("ImageService3", service["type"]!.GetValue<string>());
        Assert.EndsWith("/iiif/image/" + new string('b', 64), service["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(service["id"]!.GetValue<string>() + "/full/max/0/default.jpg", painting["body"]!["id"]!.GetValue<string>());
        Assert.Null(canvases[0]!["items"]![0]!["items"]![0]!["body"]!["language"]);
    }

    [Fact]
    public async Task Should_give_an_unpaged_record_one_canvas_and_never_let_imported_text_read_as_html()
    {
        var record = HarvestRecords.Note();
        record.Summary = "<b onmouseover=alert(1)>bold</b>";

        var json = await ManifestAsync(record);

        AssertFollowsTheRules(json);
        var manifest = JsonNode.Parse(json)!;
        Assert.Single(manifest["items"]!.AsArray());
        Assert.Equal("<span>&lt;b onmouseover=alert(1)&gt;bold&lt;/b&gt;</span>", manifest["summary"]!["en"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_write_manifests_that_follow_the_rules_for_the_model_record_and_every_tei_mini_document()
    {
        var records = new List<ArchiveRecord>();
        var sink = new CollectingSink();
        await new WcdaPageReader().ReadAsync(Core.Importing.ImportSource.FromFile(Shared.ModelRecord), sink, TestContext.Current.CancellationToken);
        foreach (var volume in Directory.GetFiles(Shared.PathTo("corpora/frus/tei-mini"), "*.xml"))
        {
            await new TeiReader().ReadAsync(Core.Importing.ImportSource.FromFile(volume), sink, TestContext.Current.CancellationToken);
        }
        records.AddRange(sink.Records);
        Assert.True(records.Count > 490, $"{records.Count} records");

        var paged = 0;
        foreach (var record in records)
        {
            var json = await ManifestAsync(record);
            var problems = IiifRules.Check(json);
            Assert.True(problems.Count == 0, record.Source.RecordId + ": " + string.Join("\n", problems));
            paged += JsonNode.Parse(json)!["items"]!.AsArray().Count > 1 ? 1 : 0;
        }
        Assert.True(paged > 100, $"{paged} documents span pages");
    }

    [Fact]
    public async Task Should_have_a_rule_checker_that_catches_each_broken_must()
    {
        var good = JsonNode.Parse(await ManifestAsync(HarvestRecords.Letter()))!.AsObject();

        string Broken(Action<JsonObject> breakIt)
        {
            var copy = JsonNode.Parse(good.ToJsonString())!.AsObject();
            breakIt(copy);
            return copy.ToJsonString();
        }

        Assert.Empty(IiifRules.Check(good.ToJsonString()));
        Assert.NotEmpty(IiifRules.Check(Broken(m => m.Remove("@context"))));
        Assert.NotEmpty(IiifRules.Check(Broken(m => m["items"] = new JsonArray())));
        Assert.NotEmpty(IiifRules.Check(Broken(m => m["label"] = "a plain string")));
        Assert.NotEmpty(IiifRules.Check(Broken(m => m["items"]![0]!.AsObject().Remove("height"))));
        Assert.NotEmpty(IiifRules.Check(Broken(m => m["items"]![1]!.AsObject().Remove("id"))));
        Assert.NotEmpty(IiifRules.Check(Broken(m => m["items"]![0]!["annotations"]![0]!["items"]![0]!["target"] = "https://elsewhere.example/canvas")));
        Assert.NotEmpty(IiifRules.Check(Broken(m => m["rights"] = "All rights reserved")));
        Assert.NotEmpty(IiifRules.Check(Broken(m => m["metadata"]![0]!["value"] = new JsonObject { ["en"] = "not an array" })));
    }
}
