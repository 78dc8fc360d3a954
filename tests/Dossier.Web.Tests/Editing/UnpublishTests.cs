using Dossier.Core.Editing;
using Dossier.Testing.Accounts;
using Dossier.Web.Accounts;
using Dossier.Web.Tests.Accounts;

namespace Dossier.Web.Tests.Editing;

/// <summary>Issue 11: unpublishing removes a record from every public channel at once, with every page of it in the cache.</summary>
public sealed class UnpublishTests
{
    [Fact]
    public async Task Should_remove_an_unpublished_record_from_every_channel_at_once_with_the_cache_warm()
    {
        var start = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
        await using var room = await EditingRoom.StartAsync(start);
        var ct = TestContext.Current.CancellationToken;
        using var editor = room.NewClient().WithBearer(await TestAccounts.BearerTokenFor(Desks.For(room.Services), ArchiveRoles.Editor, ct));
        var created = await WriteApiTests.SendAsync(editor, HttpMethod.Post, "/api/documents", LeakTests.Secret("platypusword"));
        var id = created.Json.RootElement.GetProperty("id").GetString()!;
        await WriteApiTests.SendAsync(editor, HttpMethod.Post, "/api/documents/" + id + "/publish", null);
        var cited = "/documents/" + id + "/versions/2";

        // Three times: the second read stores each answer in the output cache (the first only marks its address as
        // asked), the third is served from it.
        for (var i = 0; i < 3; i++)
        {
            var seen = await PublicChannels.ReadAsync(room.Client, room.Archive, room.Clock, id, "platypusword");
            Assert.Empty(PublicChannels.NotNaming(seen, id, LeakTests.Mark("platypusword")));
            Assert.Contains("platypusword", await Support.HttpExtensions.GetPageAsync(room.Client, cited), StringComparison.Ordinal);
        }

        var unpublished = await WriteApiTests.SendAsync(editor, HttpMethod.Post, "/api/documents/" + id + "/unpublish", null);
        Assert.Equal(EditAction.Unpublished.ToString().ToLowerInvariant(), unpublished.Json.RootElement.GetProperty("action").GetString());

        var after = await PublicChannels.ReadAsync(room.Client, room.Archive, room.Clock, id, "platypusword");
        Assert.Empty(PublicChannels.Naming(after, id, LeakTests.Mark("platypusword")));
        await Support.HttpExtensions.GetPageAsync(room.Client, cited, System.Net.HttpStatusCode.NotFound);
    }
}
