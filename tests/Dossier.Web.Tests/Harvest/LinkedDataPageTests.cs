using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dossier.Core.Authorities;
using Dossier.Core.Exporting;
using Dossier.Web.Endpoints;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Harvest;

[Collection(HarvestCollection.Name)]
public sealed partial class LinkedDataPageTests(HarvestRoomFixture room)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Should_carry_schema_org_json_ld_in_a_data_block_the_csp_does_not_have_to_allow()
    {
        var id = (await room.Archive.Store.Records.FindAsync("119698", TestContext.Current.CancellationToken))!.Id;
        using var response = await room.Client.GetAsync(new Uri("/documents/" + id, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        var blocks = JsonLdPattern().Matches(html);
        var block = Assert.Single(blocks);
        var node = JsonNode.Parse(block.Groups[1].Value)!;
        Assert.Equal("ArchiveComponent", node["@type"]!.GetValue<string>());
        Assert.Equal(room.Client.BaseAddress + "documents/" + id, node["url"]!.GetValue<string>());
        // The only other scripts are external files: nothing inline is executable.
        Assert.DoesNotMatch(@"<script(?![^>]*\b(src=|type=""application/ld\+json""))[^>]*>", html);
    }

    [Fact]
    public async Task Should_list_public_documents_in_the_sitemap_and_no_draft_embargoed_withdrawn_or_deleted_one()
    {
        var xml = await room.Client.GetPageAsync("/sitemap.xml");

        var locations = XDocument.Parse(xml).Descendants(Sitemap + "loc").Select(l => l.Value).ToHashSet(StringComparer.Ordinal);
        var now = room.Archive.Time.GetUtcNow();
        var expected = 0;
        await foreach (var record in room.Archive.Store.Records.StreamAsync(TestContext.Current.CancellationToken))
        {
            var url = room.Client.BaseAddress + "documents/" + record.Id;
            if (record.IsPublicAt(now))
            {
                expected++;
                Assert.Contains(url, locations);
            }
            else
            {
                Assert.DoesNotContain(url, locations);
            }
        }
        Assert.DoesNotContain(room.Client.BaseAddress + "documents/" + room.DeletedId, locations);
        Assert.Contains(room.Client.BaseAddress + "collections/frus1955-57v24", locations);
        Assert.True(expected > 490);
        await room.Client.GetPageAsync("/sitemap-2.xml", System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_list_the_pages_of_the_people_and_places_public_documents_cite_and_of_no_one_else()
    {
        var cancel = TestContext.Current.CancellationToken;
        var xml = await room.Client.GetPageAsync("/sitemap.xml");
        var root = room.Client.BaseAddress!.ToString();
        var listed = XDocument.Parse(xml).Descendants(Sitemap + "loc").Select(l => l.Value)
            .Where(l => l.StartsWith(root + "people/", StringComparison.Ordinal) || l.StartsWith(root + "places/", StringComparison.Ordinal))
            .ToList();

        var now = room.Archive.Time.GetUtcNow();
        var cited = new HashSet<string>(StringComparer.Ordinal);
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var record in room.Archive.Store.Records.StreamAsync(cancel))
        {
            // A record cites whom it names, and its contributors when they have authority records.
            var links = record.People.Concat(record.Places).Concat(record.Organisations).Select(l => l.AuthorityId)
                .Concat(record.Contributors.Select(c => c.AuthorityId));
            foreach (var id in links.Where(id => !string.IsNullOrEmpty(id)))
            {
                (record.IsPublicAt(now) ? cited : hidden).Add(id!);
            }
        }
        hidden.ExceptWith(cited);
        var people = await room.Archive.Store.Authorities.IdsAsync(AuthorityKind.Person, cancel);
        var places = await room.Archive.Store.Authorities.IdsAsync(AuthorityKind.Place, cancel);
        var expected = people.Where(cited.Contains).Select(id => root + "people/" + Uri.EscapeDataString(id))
            .Concat(places.Where(cited.Contains).Select(id => root + "places/" + Uri.EscapeDataString(id)));

        Assert.Equal(expected.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.True(listed.Count(l => l.Contains("/people/", StringComparison.Ordinal)) > 50, $"{listed.Count} people and places");
        Assert.Contains(listed, l => l.Contains("/places/", StringComparison.Ordinal));
        // The person only the withdrawn letter names has no page, and the sitemap does not lead to one.
        var withdrawnOnly = Assert.Single(hidden, id => people.Contains(id));
        Assert.DoesNotContain(listed, l => l.EndsWith("/" + withdrawnOnly, StringComparison.Ordinal));
        await room.Client.GetPageAsync("/people/" + withdrawnOnly, System.Net.HttpStatusCode.NotFound);
        foreach (var page in listed.Where(l => l.Contains("/people/", StringComparison.Ordinal)).Take(3).Concat(listed.Where(l => l.Contains("/places/", StringComparison.Ordinal)).Take(3)))
        {
            await room.Client.GetPageAsync(page[(root.Length - 1)..]);
        }
    }

    [Fact]
    public async Task Should_point_crawlers_to_the_sitemap_and_close_no_page_it_lists()
    {
        var robots = await room.Client.GetPageAsync("/robots.txt");
        var xml = await room.Client.GetPageAsync("/sitemap.xml");

        var lines = robots.Split('\n');
        var root = room.Client.BaseAddress!.ToString();
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Sitemap: " + root + "sitemap.xml", lines);
        var closed = lines.Where(l => l.StartsWith("Disallow: ", StringComparison.Ordinal)).Select(l => l["Disallow: ".Length..]).ToList();
        Assert.Contains("/search", closed);
        Assert.Contains("/workspace", closed);
        Assert.Contains("/api/", closed);
        var listed = XDocument.Parse(xml).Descendants(Sitemap + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
        Assert.All(listed, path => Assert.DoesNotContain(closed, c => path.StartsWith(c, StringComparison.Ordinal)));
        Assert.Contains(listed, p => p.StartsWith("/documents/", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_split_past_the_limit_into_parts_that_cover_every_location_once()
    {
        var entries = Enumerable.Range(0, 5).Select(i => new SitemapEntry(new Uri("https://a.example/" + i), null)).ToList();

        var parts = SitemapEndpoint.Parts(entries.Count, 2);
        var covered = Enumerable.Range(1, parts).SelectMany(p => SitemapEndpoint.Part(entries, p, 2)).ToList();

        Assert.Equal(3, parts);
        Assert.Equal(1, SitemapEndpoint.Parts(50_000, SitemapEndpoint.MaxLocations));
        Assert.Equal(2, SitemapEndpoint.Parts(50_001, SitemapEndpoint.MaxLocations));
        Assert.Equal(entries, covered);
    }

    [GeneratedRegex(@"<script type=""application/ld\+json"">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdPattern();
}
