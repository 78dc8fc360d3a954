using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dossier.Core.Records;
using Dossier.Testing.Accounts;
using Dossier.Web.Accounts;
using Dossier.Web.Tests.Accounts;

namespace Dossier.Web.Tests.Editing;

/// <summary>
/// GET /api/documents/{id} gives a signed-in editor the version's entity tag ("v2"), which PUT's If-Match takes as it
/// is: read, change, write back, with no detour through the versions list. Readers get the public record only.
/// </summary>
public sealed class VersionETagTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_tag_a_get_with_the_version_that_put_if_match_accepts()
    {
        await using var room = await EditingRoom.StartAsync(DateTimeOffset.UtcNow);
        var created = (await room.Desk.RunAsync(w => w.CreateAsync(LeakTests.Secret("bilbyetag"), "test", Cancel), Cancel)).Current!;
        await room.Desk.RunAsync(w => w.PublishAsync(created.RecordId, null, "test", null, Cancel), Cancel);
        using var editor = room.NewClient().WithBearer(await TestAccounts.BearerTokenFor(Desks.For(room.Services), ArchiveRoles.Editor, Cancel));

        using var read = await editor.GetAsync(new Uri("/api/documents/" + created.RecordId, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"v2\"", read.Headers.ETag?.ToString());
        Assert.Contains("no-store", read.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var record = RecordJson.Deserialize(await read.Content.ReadAsStringAsync(Cancel))!;

        record.Title = "Memorandum on the bilby, read and written back";
        using var put = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/documents/" + created.RecordId, UriKind.Relative))
        {
            Content = new StringContent(RecordJson.Serialize(record), Encoding.UTF8, "application/json"),
        };
        put.Headers.IfMatch.Add(read.Headers.ETag!);
        using var written = await editor.SendAsync(put, Cancel);
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.Equal("\"v3\"", written.Headers.ETag?.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/documents/" + created.RecordId, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"v3\""));
        using var unchanged = await editor.SendAsync(again, Cancel);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);

        // A reader gets the published record, tagged by its bytes, never a version tag.
        using var anonymous = await room.Client.GetAsync(new Uri("/api/documents/" + created.RecordId, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.DoesNotContain("\"v", anonymous.Headers.ETag?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_a_draft_with_its_version_to_staff_and_to_nobody_else()
    {
        await using var room = await EditingRoom.StartAsync(DateTimeOffset.UtcNow);
        var draft = (await room.Desk.RunAsync(w => w.CreateAsync(LeakTests.Secret("bilbydraft"), "test", Cancel), Cancel)).Current!;
        using var contributor = room.NewClient().WithBearer(await TestAccounts.BearerTokenFor(Desks.For(room.Services), ArchiveRoles.Contributor, Cancel));
        using var reader = room.NewClient().WithBearer(await TestAccounts.BearerTokenFor(Desks.For(room.Services), ArchiveRoles.Reader, Cancel));

        using var staff = await contributor.GetAsync(new Uri("/api/documents/" + draft.RecordId, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Equal("\"v1\"", staff.Headers.ETag?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri("/api/documents/" + draft.RecordId, UriKind.Relative), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await room.Client.GetAsync(new Uri("/api/documents/" + draft.RecordId, UriKind.Relative), Cancel)).StatusCode);
    }
}
