using Dossier.Core.Editing;
using Dossier.Core.Records;
using Dossier.Web.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace Dossier.Web.Tests.Editing;

/// <summary>
/// Issue 11, the leak test: a draft and an embargoed record, each holding a word no other record has, made through the
/// editorial workspace, are invisible through every public channel, and appear in every one once published / once
/// the clock passes the embargo.
/// </summary>
public sealed class LeakTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Should_hide_a_draft_and_an_embargoed_record_from_every_channel_until_published()
    {
        await using var room = await EditingRoom.StartAsync(Start);
        var author = "editor-in-test";
        var draft = (await room.Desk.RunAsync(w => w.CreateAsync(Secret("quokkadraft"), author, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken)).Current!;
        var sealedOne = (await room.Desk.RunAsync(w => w.CreateAsync(Secret("quokkaembargo"), author, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken)).Current!;
        var published = await room.Desk.RunAsync(w => w.PublishAsync(sealedOne.RecordId, null, author, Start.AddDays(1), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        Assert.Equal(EditOutcome.Saved, published.Outcome);

        foreach (var (id, word) in new[] { (draft.RecordId, "quokkadraft"), (sealedOne.RecordId, "quokkaembargo") })
        {
            var seen = await PublicChannels.ReadAsync(room.Client, room.Archive, room.Clock, id, word);
            Assert.True(seen.Count >= 14, "channels read: " + string.Join(", ", seen.Keys));
            Assert.Empty(PublicChannels.Naming(seen, id, Mark(word)));
        }

        Assert.Equal(EditOutcome.Saved, (await room.Desk.RunAsync(w => w.PublishAsync(draft.RecordId, null, author, null, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken)).Outcome);
        room.Clock.Advance(TimeSpan.FromDays(2));
        // The lapse of an embargo is the clock's doing, not a write: pages cached while it held may show the record
        // late, never early. The cache is emptied here so every channel answers afresh.
        await room.Services.GetRequiredService<ArchiveCache>().EvictAsync(TestContext.Current.CancellationToken);

        foreach (var (id, word) in new[] { (draft.RecordId, "quokkadraft"), (sealedOne.RecordId, "quokkaembargo") })
        {
            var seen = await PublicChannels.ReadAsync(room.Client, room.Archive, room.Clock, id, word);
            Assert.Empty(PublicChannels.NotNaming(seen, id, Mark(word)));
        }
    }

    internal static string Mark(string word) => "col-" + word;

    internal static ArchiveRecord Secret(string word) => new()
    {
        Source = new SourceIdentifier { Archive = "Dossier leak test", RecordId = word },
        Title = "Memorandum on the " + word,
        Date = HistoricalDate.Day(new DateOnly(1962, 4, 2)),
        OriginalLanguages = ["en"],
        Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = "The harbour office reports the " + word + " at the pier." }],
        Collections = [new CollectionMembership { CollectionId = Mark(word), Title = "Collection " + word, Number = "1" }],
    };
}
