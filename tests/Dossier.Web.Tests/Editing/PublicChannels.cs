using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Dossier.Core.Composition;
using Dossier.Core.Exporting;
using Dossier.Interop.Exporters.DublinCore;
using Dossier.Interop.Exporters.Iiif;
using Dossier.Interop.Exporters.LinkedData;
using Dossier.Interop.Exporters.OaiPmh;

namespace Dossier.Web.Tests.Editing;

/// <summary>
/// Every way a reader or a harvester reaches records (issue 11 item 3): pages, search, facet counts, the JSON API,
/// OAI-PMH, the sitemap, IIIF and the publication exports. Each channel answers with the text it shows for a record.
/// </summary>
internal static partial class PublicChannels
{
    /// <summary>Channel name → what it shows that could name the record <paramref name="id"/> holding <paramref name="word"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(HttpClient client, Archive archive, TimeProvider clock, string id, string word)
    {
        var q = Uri.EscapeDataString(word);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["search page"] = await GetAsync(client, "/search?q=" + q),
            ["document page"] = await GetAsync(client, "/documents/" + id),
            ["search API"] = await GetAsync(client, "/api/search?q=" + q),
            ["facet counts"] = await GetAsync(client, "/api/search?q=&facets=true"),
            ["collections page"] = await GetAsync(client, "/collections"),
            ["documents API"] = await GetAsync(client, "/api/documents?limit=100"),
            ["document API"] = await GetAsync(client, "/api/documents/" + id),
            ["OAI-PMH ListRecords"] = await PostAsync(client, "/oai", "verb=ListRecords&metadataPrefix=oai_dc"),
            ["OAI-PMH ListIdentifiers"] = await PostAsync(client, "/oai", "verb=ListIdentifiers&metadataPrefix=oai_dc"),
            ["sitemap"] = await GetAsync(client, "/sitemap.xml"),
            ["IIIF manifest"] = await GetAsync(client, "/iiif/" + id + "/manifest"),
        };
        // The archive's publication writers, on the archive's clock (ArchiveFactory builds them on the system clock,
        // which an embargo test cannot move).
        IPublishedRecordWriter[] writers =
        [
            new OaiPmhRepository(new OaiPmhOptions { Time = clock }), new IiifManifestWriter(clock), new LinkedDataWriter(clock), new DublinCoreRecordWriter(clock),
        ];
        Assert.Equal(archive.Writers.OfType<IPublishedRecordWriter>().Select(w => w.Format).Order(StringComparer.Ordinal), writers.Select(w => w.Format).Order(StringComparer.Ordinal));
        foreach (var writer in writers)
        {
            using var output = new MemoryStream();
            await writer.WriteArchiveAsync(archive.Store, output, TestContext.Current.CancellationToken);
            // An export repeats no query, so the word itself counts as naming the record there.
            seen["export " + writer.Format] = Encoding.UTF8.GetString(output.ToArray()).Replace(word, id, StringComparison.Ordinal);
        }
        return seen;
    }

    /// <summary>
    /// The channels that name the record: its id, or <paramref name="mark"/>, a collection only it belongs to (how a
    /// facet count or a collection list shows it). Never the searched word: search pages repeat the query.
    /// </summary>
    public static IEnumerable<string> Naming(IReadOnlyDictionary<string, string> seen, string id, string mark) =>
        seen.Where(c => Names(c.Value, id, mark)).Select(c => c.Key);

    /// <summary>The channels that do not name the record, with the start of what they said.</summary>
    public static IEnumerable<string> NotNaming(IReadOnlyDictionary<string, string> seen, string id, string mark) =>
        seen.Where(c => !Names(c.Value, id, mark)).Select(c => c.Key + ": " + c.Value[..Math.Min(300, c.Value.Length)]);

    private static bool Names(string text, string id, string mark) =>
        !text.StartsWith("404", StringComparison.Ordinal)
        && Tombstones().Replace(text, "") is var shown
        && (shown.Contains(id, StringComparison.Ordinal) || shown.Contains(mark, StringComparison.Ordinal));

    /// <summary>OAI-PMH headers of deleted records: a withdrawn record's tombstone names it and shows nothing of it.</summary>
    [GeneratedRegex("<header status=\"deleted\">.*?</header>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Tombstones();

    private static async Task<string> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return await AnswerAsync(response);
    }

    private static async Task<string> PostAsync(HttpClient client, string path, string form)
    {
        using var content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
        return await AnswerAsync(response);
    }

    private static async Task<string> AnswerAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound ? "404 " + body : body;
    }
}
