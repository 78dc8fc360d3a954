using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Dossier.Core.Exporting;
using Dossier.Core.Records;
using Dossier.Interop.Exporters.LinkedData;
using Dossier.Testing;

namespace Dossier.Interop.Tests.Exporters;

public sealed class LinkedDataTests
{
    private static ArchiveRecord WithId(ArchiveRecord record)
    {
        record.Id = RecordId.For(record.Source);
        return record;
    }

    [Fact]
    public void Should_write_the_golden_schema_org_json_ld_of_a_letter()
    {
        var json = new LinkedDataWriter().JsonLd(WithId(HarvestRecords.Letter()), HarvestArchive.BaseUrl);

        var pretty = JsonNode.Parse(json)!.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        Golden.AssertMatches("jsonld-letter.json", pretty);
    }

    [Fact]
    public void Should_describe_an_archive_component_with_its_creative_work_properties()
    {
        var node = JsonNode.Parse(new LinkedDataWriter().JsonLd(WithId(HarvestRecords.Letter()), HarvestArchive.BaseUrl))!;

        Assert.Equal("https://schema.org", node["@context"]!.GetValue<string>());
        Assert.Equal("ArchiveComponent", node["@type"]!.GetValue<string>());
        Assert.Equal("1957-01-09", node["dateCreated"]!.GetValue<string>());
        Assert.Equal(["ru"], node["inLanguage"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("B. Tester", node["translator"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("Harbour Fund", node["contributor"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("IHA", node["holdingArchive"]!["name"]!.GetValue<string>());
        Assert.Equal("https://archive.example.org/collections/harbour-letters", node["isPartOf"]![0]!["@id"]!.GetValue<string>());
        Assert.Equal(node["@id"]!.GetValue<string>(), node["url"]!.GetValue<string>());
    }

    [Fact]
    public void Should_never_let_imported_text_close_the_script_element()
    {
        var record = WithId(HarvestRecords.Note());
        record.Title = "</script><script>alert(1)</script>";

        var json = new LinkedDataWriter().JsonLd(record, HarvestArchive.BaseUrl);

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.Equal(record.Title, JsonNode.Parse(json)!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_write_a_sitemap_and_a_sitemap_index_in_the_sitemaps_namespace()
    {
        var writer = new LinkedDataWriter();
        using var map = new MemoryStream();
        using var index = new MemoryStream();
        await writer.WriteSitemapAsync([new SitemapEntry(new Uri("https://archive.example.org/documents/d1?a=1&b=2"), HarvestArchive.Start)], map, TestContext.Current.CancellationToken);
        await writer.WriteSitemapIndexAsync([new SitemapEntry(new Uri("https://archive.example.org/sitemap-1.xml"), null)], index, TestContext.Current.CancellationToken);

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urlset = XDocument.Parse(Encoding.UTF8.GetString(map.ToArray())).Root!;
        Assert.Equal(ns + "urlset", urlset.Name);
        Assert.Equal("https://archive.example.org/documents/d1?a=1&b=2", urlset.Element(ns + "url")!.Element(ns + "loc")!.Value);
        Assert.Equal("2026-11-30T10:00:00Z", urlset.Element(ns + "url")!.Element(ns + "lastmod")!.Value);
        Assert.Equal(ns + "sitemapindex", XDocument.Parse(Encoding.UTF8.GetString(index.ToArray())).Root!.Name);
        var tooMany = Enumerable.Range(0, 50_001).Select(i => new SitemapEntry(new Uri("https://archive.example.org/" + i), null)).ToList();
        await Assert.ThrowsAsync<ArgumentException>(() => writer.WriteSitemapAsync(tooMany, Stream.Null, TestContext.Current.CancellationToken));
    }
}
