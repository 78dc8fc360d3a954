using System.Net;
using System.Text.Json;
using Dossier.Core.Records;
using Dossier.Testing.Accounts;
using Dossier.Web.Accounts;
using Dossier.Web.Tests.Accounts;

namespace Dossier.Web.Tests.Editing;

/// <summary>
/// Issue 11, the race test: many editors PUT one record at once, each adding its own line. Every stale write is
/// answered 412 with the current version, the writer merges and tries again, and in the end no line is lost and
/// every version is one writer's save.
/// </summary>
public sealed class RaceTests
{
    private const int Writers = 12;

    [Fact]
    public async Task Should_lose_no_update_and_report_every_conflict_when_many_writers_race()
    {
        await using var room = await EditingRoom.StartAsync(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        var ct = TestContext.Current.CancellationToken;
        var desk = Desks.For(room.Services);
        var token = await TestAccounts.BearerTokenFor(desk, ArchiveRoles.Editor, ct);
        using var setup = room.NewClient().WithBearer(token);
        var created = await WriteApiTests.SendAsync(setup, HttpMethod.Post, "/api/documents", LeakTests.Secret("racecourse"));
        var id = created.Json.RootElement.GetProperty("id").GetString()!;
        var start = (await room.Desk.Versions.CurrentAsync(id, ct))!.ToRecord();

        var conflicts = 0;
        var others = new List<HttpStatusCode>();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(async n =>
        {
            using var client = room.NewClient().WithBearer(token);
            var record = RecordJson.Deserialize(RecordJson.Serialize(start))!;
            var etag = created.ETag!;
            for (var attempt = 0; attempt < 200; attempt++)
            {
                record.Layers[0].Text += "\nline of writer " + n;
                var answer = await WriteApiTests.SendAsync(client, HttpMethod.Put, "/api/documents/" + id, record, etag);
                if (answer.Status == HttpStatusCode.OK)
                {
                    return;
                }
                if (answer.Status != HttpStatusCode.PreconditionFailed)
                {
                    lock (others)
                    {
                        others.Add(answer.Status);
                    }
                    return;
                }
                Interlocked.Increment(ref conflicts);
                // The conflict carries the version that won: start again from it.
                etag = answer.Json.RootElement.GetProperty("current").GetProperty("etag").GetString()!;
                record = JsonSerializer.Deserialize<ArchiveRecord>(answer.Json.RootElement.GetProperty("current_record").GetRawText(), RecordJson.Options)!;
            }
        }));

        Assert.Empty(others);
        var final = (await room.Desk.Versions.CurrentAsync(id, ct))!;
        var text = final.ToRecord().Layers[0].Text;
        Assert.All(Enumerable.Range(0, Writers), n => Assert.Contains("line of writer " + n + "\n", text + "\n", StringComparison.Ordinal));
        // One version for the creation and one per writer: every PUT either saved once or was told it was stale.
        Assert.Equal(1 + Writers, final.Number);
        var versions = await room.Desk.Versions.ListAsync(id, ct);
        Assert.Equal(Enumerable.Range(1, 1 + Writers), versions.Select(v => v.Number));
        Assert.True(conflicts > 0, "the writers never collided: the test proved nothing");
    }
}
