using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dossier.Core.Audit;
using Dossier.Core.Records;
using Dossier.Testing.Accounts;
using Dossier.Web.Accounts;
using Dossier.Web.Tests.Accounts;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Editing;

/// <summary>Issue 11 item 8: the editorial JSON API with bearer tokens — roles, If-Match, the workflow's steps, deletes, freshness and the audit log.</summary>
public sealed class WriteApiTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Should_take_a_draft_through_review_to_publication_and_back_with_if_match()
    {
        await using var room = await EditingRoom.StartAsync(Start);
        var ct = TestContext.Current.CancellationToken;
        var desk = Desks.For(room.Services);
        using var contributor = room.NewClient().WithBearer(await TestAccounts.BearerTokenFor(desk, ArchiveRoles.Contributor, ct));
        using var editor = room.NewClient().WithBearer(await TestAccounts.BearerTokenFor(desk, ArchiveRoles.Editor, ct));
        using var admin = room.NewClient().WithBearer(await TestAccounts.BearerTokenFor(desk, ArchiveRoles.Admin, ct));
        using var reader = room.NewClient().WithBearer(await TestAccounts.BearerTokenFor(desk, ArchiveRoles.Reader, ct));

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(room.Client, HttpMethod.Post, "/api/documents", LeakTests.Secret("wombatapi"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(reader, HttpMethod.Post, "/api/documents", LeakTests.Secret("wombatapi"))).Status);
        var created = await SendAsync(contributor, HttpMethod.Post, "/api/documents", LeakTests.Secret("wombatapi"));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("\"v1\"", created.ETag);
        var id = created.Json.RootElement.GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(contributor, HttpMethod.Post, "/api/documents", LeakTests.Secret("wombatapi"))).Status);
        await room.Client.GetPageAsync("/api/documents/" + id, HttpStatusCode.NotFound);

        var record = LeakTests.Secret("wombatapi");
        record.Title = "Corrected memorandum on the wombatapi";
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await SendAsync(contributor, HttpMethod.Put, "/api/documents/" + id, record)).Status);
        var saved = await SendAsync(contributor, HttpMethod.Put, "/api/documents/" + id, record, "\"v1\"");
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Equal("\"v2\"", saved.ETag);
        record.Title = "A stale correction";
        var stale = await SendAsync(contributor, HttpMethod.Put, "/api/documents/" + id, record, "\"v1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal(2, stale.Json.RootElement.GetProperty("current").GetProperty("version").GetInt32());
        Assert.Equal("Corrected memorandum on the wombatapi", stale.Json.RootElement.GetProperty("current_record").GetProperty("title").GetString());
        Assert.Contains(stale.Json.RootElement.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "title" && c.GetProperty("after").GetString() == "A stale correction");

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(contributor, HttpMethod.Post, "/api/documents/" + id + "/submit", null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(room.Client, HttpMethod.Post, "/api/documents/" + id + "/publish", null)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(contributor, HttpMethod.Post, "/api/documents/" + id + "/publish", null)).Status);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendAsync(editor, HttpMethod.Post, "/api/documents/" + id + "/publish", null, "\"v2\"")).Status);
        var published = await SendAsync(editor, HttpMethod.Post, "/api/documents/" + id + "/publish", null, "\"v3\"");
        Assert.Equal(HttpStatusCode.OK, published.Status);
        // Searchable at once: the write path brought the index up to date before answering.
        Assert.Contains(id, await room.Client.GetPageAsync("/api/search?q=wombatapi"), StringComparison.Ordinal);
        Assert.Contains("Corrected memorandum", await room.Client.GetPageAsync("/api/documents/" + id), StringComparison.Ordinal);
        // A published record is the editors' now.
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(contributor, HttpMethod.Put, "/api/documents/" + id, record, "\"v4\"")).Status);

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(editor, HttpMethod.Post, "/api/documents/" + id + "/unpublish", null)).Status);
        Assert.DoesNotContain(id, await room.Client.GetPageAsync("/api/search?q=wombatapi"), StringComparison.Ordinal);
        await room.Client.GetPageAsync("/api/documents/" + id, HttpStatusCode.NotFound);

        var versions = await SendAsync(editor, HttpMethod.Get, "/api/documents/" + id + "/versions", null);
        Assert.Equal(["created", "saved", "submitted", "published", "unpublished"], versions.Json.RootElement.EnumerateArray().Select(v => v.GetProperty("action").GetString()!));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(editor, HttpMethod.Post, "/api/documents/" + id + "/versions/1/restore", null)).Status);
        var restored = await SendAsync(editor, HttpMethod.Get, "/api/documents/" + id + "/versions/6", null);
        Assert.Equal("Memorandum on the wombatapi", restored.Json.RootElement.GetProperty("title").GetString());
        Assert.Equal("withdrawn", restored.Json.RootElement.GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(editor, HttpMethod.Delete, "/api/documents/" + id + "?hard=true", null)).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(editor, HttpMethod.Post, "/api/documents/" + id + "/publish", null)).Status);
        var deleted = await SendAsync(editor, HttpMethod.Delete, "/api/documents/" + id, null);
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal("deleted", deleted.Json.RootElement.GetProperty("action").GetString());
        Assert.Contains("status=\"deleted\"", await PostOaiAsync(room.Client, "verb=ListIdentifiers&metadataPrefix=oai_dc"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(admin, HttpMethod.Delete, "/api/documents/" + id + "?hard=true", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(editor, HttpMethod.Get, "/api/documents/" + id + "/versions", null)).Status);

        var audit = await room.Archive.Audit!.ReadAsync(new AuditQuery { Target = id }, ct);
        var actions = audit.Where(e => e.Target == id).Select(e => e.Action).ToList();
        Assert.Contains(AuditActions.RecordPublished, actions);
        Assert.Contains(AuditActions.RecordUnpublished, actions);
        Assert.Contains(AuditActions.RecordDeleted, actions);
        Assert.Contains(AuditActions.RecordPurged, actions);
    }

    internal static async Task<Answer> SendAsync(HttpClient client, HttpMethod method, string path, ArchiveRecord? body, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(RecordJson.Serialize(body), Encoding.UTF8, "application/json");
        }
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new Answer(response.StatusCode, response.Headers.ETag?.ToString(), text.StartsWith('{') || text.StartsWith('[') ? JsonDocument.Parse(text) : JsonDocument.Parse("null"), text);
    }

    private static async Task<string> PostOaiAsync(HttpClient client, string form)
    {
        using var content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync(new Uri("/oai", UriKind.Relative), content, TestContext.Current.CancellationToken);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    internal sealed record Answer(HttpStatusCode Status, string? ETag, JsonDocument Json, string Text);
}
