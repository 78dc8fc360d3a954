using Dossier.Core.Records;
using Dossier.Core.Search;

namespace Dossier.Search.Tests;

public sealed class VisibilityTests
{
    private static readonly DateTimeOffset Today = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_hide_drafts_and_embargoed_records_from_public_searches()
    {
        var clock = new FixedTime(Today);
        using var archive = new IndexedArchive(clock);
        await archive.AddAsync(
            SyntheticRecords.Make("pub", "a secret treaty about fisheries"),
            SyntheticRecords.Make("draft", "a secret treaty about fisheries", status: RecordStatus.Draft),
            SyntheticRecords.Make("withdrawn", "a secret treaty about fisheries", status: RecordStatus.Withdrawn),
            SyntheticRecords.Make("embargoed", "a secret treaty about fisheries", embargo: Today.AddDays(30)),
            SyntheticRecords.Make("released", "a secret treaty about fisheries", embargo: Today.AddDays(-1)));

        var visible = await archive.Index.SearchAsync(new SearchRequest { Query = "treaty", Facets = true }, Cancel);
        var browse = await archive.Index.SearchAsync(new SearchRequest { Query = "" }, Cancel);
        var editors = await archive.Index.SearchAsync(new SearchRequest { Query = "treaty", IncludeNonPublic = true }, Cancel);

        Assert.Equal(["pub", "released"], visible.Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal));
        Assert.Equal(2, visible.Total);
        Assert.Equal(2, browse.Total);
        Assert.Equal(2, visible.Facets["lang"].Single().Count);
        Assert.Equal(5, editors.Total);
    }

    [Fact]
    public async Task Should_show_an_embargoed_record_once_the_embargo_ends()
    {
        var clock = new FixedTime(Today);
        using var archive = new IndexedArchive(clock);
        await archive.AddAsync(SyntheticRecords.Make("soon", "minutes of the harbour board", embargo: Today.AddDays(2)));
        Assert.Equal(0, (await archive.Index.SearchAsync(new SearchRequest { Query = "harbour" }, Cancel)).Total);

        clock.Now = Today.AddDays(3);

        Assert.Equal(1, (await archive.Index.SearchAsync(new SearchRequest { Query = "harbour" }, Cancel)).Total);
    }
}
