using Dossier.Core.Records;
using Dossier.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Tests.Contracts;

/// <summary>
/// The catalogue's aggregate queries over the summary columns, whatever the database: public records only (a draft,
/// an embargoed and a withdrawn record never count), an embargo that lapses counts without a write, and rows stored
/// before the columns existed are filled at the next open.
/// </summary>
public abstract class CatalogueSummariesContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    private ICatalogueSummaries Summaries => (ICatalogueSummaries)Store;

    private DateTimeOffset Lapse => Clock.Now.AddHours(1);

    [Fact]
    public async Task Should_count_public_records_by_year_collection_and_shelf_and_never_a_hidden_one()
    {
        await Store.Records.UpsertAsync(Shelf(), Cancel);

        var counts = await Summaries.CountAsync(Clock.Now, Cancel);

        Assert.Equal(4, counts.Total);
        Assert.Equal(1, counts.Undated);
        Assert.Equal([new YearCount(1956, 2), new YearCount(1961, 1)], counts.Years);
        Assert.Equal([("c1", "Letters", 2)], counts.Collections.Select(c => (c.CollectionId, c.Title, c.Count)));
        Assert.Equal(
            ["RGANI|Fond 5/Opis 28/Delo 347|1", "RGANI|Fond 5|1"],
            counts.Shelves.Select(s => s.Repository + "|" + string.Join('/', s.Levels) + "|" + s.Count).Order(StringComparer.Ordinal));
        Assert.Equal(Lapse, counts.ChangesAt);
        Assert.Equal(4, await Summaries.CountAsync(CatalogueFilter.All, Clock.Now, Cancel));
    }

    [Fact]
    public async Task Should_count_an_embargoed_record_once_its_embargo_has_lapsed()
    {
        await Store.Records.UpsertAsync(Shelf(), Cancel);

        var counts = await Summaries.CountAsync(Lapse, Cancel);

        Assert.Equal(5, counts.Total);
        Assert.Contains(new YearCount(1970, 1), counts.Years);
        Assert.Equal(3, counts.Collections.Single().Count);
        Assert.Null(counts.ChangesAt);
    }

    [Fact]
    public async Task Should_list_public_records_by_filter_in_date_or_id_order()
    {
        await Store.Records.UpsertAsync(Shelf(), Cancel);

        var year = await Summaries.ListAsync(new CatalogueFilter { Year = 1956 }, Clock.Now, 0, 10, Cancel);
        var collection = await Summaries.ListAsync(new CatalogueFilter { CollectionId = "c1" }, Clock.Now, 0, 10, Cancel);
        var asked = await Summaries.ListAsync(new CatalogueFilter { Ids = [Id("draft"), Id("r1")] }, Clock.Now, 0, 10, Cancel);
        var page = await Summaries.ListAsync(CatalogueFilter.All, Clock.Now, 1, 2, Cancel);
        var day = await Summaries.ListAsync(new CatalogueFilter { Day = new DateOnly(1956, 2, 25) }, Clock.Now, 0, 10, Cancel);

        Assert.Equal(["Alpha", "Beta"], year.Select(l => l.Title));
        Assert.Equal(new[] { Id("r1"), Id("r2") }.Order(StringComparer.Ordinal), collection.Select(l => l.Id).Order(StringComparer.Ordinal));
        var alpha = Assert.Single(asked);
        Assert.Equal(("r1", "2", "347"), (alpha.SourceId, alpha.Collections.Single().Number, alpha.Reference?.Delo));
        Assert.Equal(["ru", "en"], alpha.Languages);
        Assert.Equal(new[] { "r1", "r2", "r3", "r4" }.Select(Id).Order(StringComparer.Ordinal).Skip(1).Take(2), page.Select(l => l.Id));
        Assert.Equal(["Beta"], day.Select(l => l.Title));
    }

    [Fact]
    public async Task Should_list_the_public_records_filed_at_exactly_a_shelf_by_date()
    {
        var later = Record("r5", "Epsilon", HistoricalDate.Year(1957));
        later.ArchivalReference = new ArchivalReference { Repository = "RGANI", Fond = "5", Opis = "28", Delo = "347" };
        var hidden = Record("r6", "Hidden on the shelf", HistoricalDate.Year(1950));
        hidden.ArchivalReference = later.ArchivalReference;
        hidden.Status = RecordStatus.Draft;
        await Store.Records.UpsertAsync([.. Shelf(), later, hidden], Cancel);
        var delo = (await Summaries.CountAsync(Clock.Now, Cancel)).Shelves.Single(s => s.Levels.Count == 3);

        var filed = await Summaries.ListAsync(new CatalogueFilter { Shelf = new Shelf(delo.Repository, delo.Levels) }, Clock.Now, 0, 10, Cancel);
        var second = await Summaries.ListAsync(new CatalogueFilter { Shelf = new Shelf("RGANI", ["Fond 5", "Opis 28", "Delo 347"]) }, Clock.Now, 1, 10, Cancel);
        var fond = await Summaries.ListAsync(new CatalogueFilter { Shelf = new Shelf("RGANI", ["Fond 5"]) }, Clock.Now, 0, 10, Cancel);
        var repository = await Summaries.ListAsync(new CatalogueFilter { Shelf = new Shelf("RGANI", []) }, Clock.Now, 0, 10, Cancel);
        var draftOnly = await Summaries.ListAsync(new CatalogueFilter { Shelf = new Shelf("Hidden repository", ["Fond 9"]) }, Clock.Now, 0, 10, Cancel);

        Assert.Equal(2, delo.Count);
        Assert.Equal(["Alpha", "Epsilon"], filed.Select(l => l.Title));
        Assert.Equal(["Epsilon"], second.Select(l => l.Title));
        Assert.Equal(["Gamma"], fond.Select(l => l.Title));
        Assert.Empty(repository);
        Assert.Empty(draftOnly);
    }

    [Fact]
    public async Task Should_give_the_title_and_date_of_each_public_record_asked_for_and_nothing_of_a_hidden_or_missing_one()
    {
        await Store.Records.UpsertAsync(Shelf(), Cancel);
        string[] asked = [Id("r1"), Id("r2"), Id("draft"), Id("embargoed"), Id("withdrawn"), Id("missing"), Id("r1")];

        var now = await Summaries.TitlesAsync(asked, Clock.Now, Cancel);
        var lapsed = await Summaries.TitlesAsync(asked, Lapse, Cancel);

        Assert.Equal(
            [(Id("r1"), "Alpha", "1956", DatePrecision.Year), (Id("r2"), "Beta", "1956-02-25", DatePrecision.Day)],
            now.OrderBy(t => t.Title, StringComparer.Ordinal).Select(t => (t.Id, t.Title, t.Date?.Value, t.Date?.Precision)));
        var beta = now.Single(t => t.Title == "Beta").Date!;
        Assert.Equal((new DateOnly(1956, 2, 25), new DateOnly(1956, 2, 25)), (beta.Start, beta.End));
        Assert.Equal(["Alpha", "Beta", "Embargoed"], lapsed.Select(t => t.Title).Order(StringComparer.Ordinal));
        Assert.Empty(await Summaries.TitlesAsync([], Clock.Now, Cancel));
    }

    [Fact]
    public async Task Should_place_public_records_in_the_listing_order_with_their_numbers_in_the_collection_without_a_hidden_one()
    {
        await Store.Records.UpsertAsync(Shelf(), Cancel);

        var collection = await Summaries.PlacesAsync(new CatalogueFilter { CollectionId = "c1" }, Clock.Now, int.MaxValue, Cancel);
        var year = await Summaries.PlacesAsync(new CatalogueFilter { Year = 1956 }, Clock.Now, 10, Cancel);
        var asked = await Summaries.PlacesAsync(new CatalogueFilter { Ids = [Id("r4"), Id("draft"), Id("r2")] }, Clock.Now, 1, Cancel);
        var lapsed = await Summaries.PlacesAsync(new CatalogueFilter { CollectionId = "c1" }, Lapse, int.MaxValue, Cancel);

        var listed = await Summaries.ListAsync(new CatalogueFilter { CollectionId = "c1" }, Clock.Now, 0, 10, Cancel);
        Assert.Equal(listed.Select(l => l.Id), collection.Select(p => p.Id));
        Assert.Equal(
            new[] { (Id("r1"), "2", (DateOnly?)new DateOnly(1956, 1, 1)), (Id("r2"), "1", new DateOnly(1956, 2, 25)) }.OrderBy(p => p.Item1, StringComparer.Ordinal),
            collection.Select(p => (p.Id, p.Number!, p.Start)));
        Assert.Equal(["Alpha", "Beta"], year.Select(p => p.Title));
        Assert.Null(year[0].Number);
        Assert.Equal(new[] { Id("r2"), Id("r4") }.Order(StringComparer.Ordinal).First(), Assert.Single(asked).Id);
        Assert.Equal(3, lapsed.Count);
    }

    [Fact]
    public async Task Should_call_common_the_names_more_records_cite_than_the_bound_whatever_their_status()
    {
        await Store.Records.UpsertAsync(Shelf(), Cancel);

        // p-a: r1 and r2; p-b: r1; p-secret: the draft only; p-none: no record.
        var aboveOne = await Summaries.CommonAsync(["p-a", "p-b", "p-secret", "p-none"], 1, Cancel);
        var aboveZero = await Summaries.CommonAsync(["p-a", "p-b", "p-secret", "p-none"], 0, Cancel);

        Assert.Equal(["p-a"], aboveOne);
        Assert.Equal(["p-a", "p-b", "p-secret"], aboveZero.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_list_and_count_more_ids_than_one_statement_holds()
    {
        await Store.Records.UpsertAsync(Shelf(), Cancel);
        var ids = Enumerable.Range(0, 1200).Select(i => "missing-" + i).Append(Id("r3")).Append(Id("draft")).Prepend(Id("r1")).ToList();

        var lines = await Summaries.ListAsync(new CatalogueFilter { Ids = ids }, Clock.Now, 0, 10, Cancel);

        Assert.Equal(new[] { Id("r1"), Id("r3") }.Order(StringComparer.Ordinal), lines.Select(l => l.Id));
        Assert.Equal(2, await Summaries.CountAsync(new CatalogueFilter { Ids = ids }, Clock.Now, Cancel));
    }

    [Fact]
    public async Task Should_answer_citations_and_hidden_sources_from_public_records_only()
    {
        await Store.Records.UpsertAsync(Shelf(), Cancel);

        var citing = await Summaries.CitingAsync(["p-a", "p-b", "p-secret"], Clock.Now, 10, Cancel);
        var cited = await Summaries.CitedAsync(Clock.Now, Cancel);
        string[] sources = [Id("draft"), "draft", Id("r1"), "r1", "c-secret", "c1", "no-such"];
        var hidden = await Summaries.HiddenAsync(sources, Clock.Now, cancellationToken: Cancel);
        // A collection the caller knows holds a public record is not looked up; the others are, as before.
        var knowing = await Summaries.HiddenAsync(sources, Clock.Now, new HashSet<string>(StringComparer.Ordinal) { "c1" }, Cancel);
        var told = await Summaries.HiddenAsync(sources, Clock.Now, new HashSet<string>(StringComparer.Ordinal) { "c-secret" }, Cancel);

        Assert.Equal([(Id("r1"), "p-a,p-b"), (Id("r2"), "p-a")], citing.Select(c => (c.RecordId, string.Join(',', c.AuthorityIds))));
        Assert.Equal(["p-a", "p-b"], cited.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { Id("draft"), "c-secret", "draft" }.Order(StringComparer.Ordinal), hidden.Order(StringComparer.Ordinal));
        Assert.Equal(hidden.Order(StringComparer.Ordinal), knowing.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("c-secret", told);
    }

    [Fact]
    public async Task Should_fill_the_citing_limit_with_public_records_when_hidden_ones_cite_more()
    {
        // Forty drafts cite both names, more than a page of ranked records: the public one citing one is still found.
        var drafts = Enumerable.Range(0, 40).Select(i => Record($"d{i:00}", "A draft", null, null, null, "p-x", "p-y")).ToList();
        drafts.ForEach(d => d.Status = RecordStatus.Draft);
        await Store.Records.UpsertAsync([.. drafts, Record("z-public", "Public", null, null, null, "p-x")], Cancel);

        var citing = await Summaries.CitingAsync(["p-x", "p-y"], Clock.Now, 1, Cancel);
        var all = await Summaries.CitingAsync(["p-x", "p-y"], Clock.Now, int.MaxValue, Cancel);

        Assert.Equal([(Id("z-public"), "p-x")], citing.Select(c => (c.RecordId, string.Join(',', c.AuthorityIds))));
        Assert.Equal([Id("z-public")], all.Select(c => c.RecordId));
    }

    [Fact]
    public async Task Should_list_count_and_tell_the_company_of_the_public_records_citing_an_authority()
    {
        // Drafts cite the names more often than the public records do: they count nowhere.
        var drafts = Enumerable.Range(0, 3).Select(i => Record($"d{i}", "A draft", HistoricalDate.Year(1950), null, null, "p-x", "p-y", "p-w")).ToList();
        drafts.ForEach(d => d.Status = RecordStatus.Draft);
        await Store.Records.UpsertAsync(
            [
                .. drafts,
                Record("b", "Beta", HistoricalDate.Year(1957), null, null, "p-x", "p-y"),
                Record("a", "Alpha", HistoricalDate.Year(1958), null, null, "p-x", "p-z"),
                Record("c", "Gamma", null, null, null, "p-x", "p-y", "p-z"),
                Record("n", "Not citing", HistoricalDate.Year(1956), null, null, "p-y", "p-w"),
            ],
            Cancel);

        var byDate = await Summaries.ListAsync(new CatalogueFilter { CitedBy = "p-x", InDateOrder = true }, Clock.Now, 0, 10, Cancel);
        var byId = await Summaries.ListAsync(new CatalogueFilter { CitedBy = "p-x" }, Clock.Now, 1, 10, Cancel);
        var count = await Summaries.CountAsync(new CatalogueFilter { CitedBy = "p-x" }, Clock.Now, Cancel);
        var alongside = await Summaries.CitedAlongsideAsync("p-x", Clock.Now, Cancel);

        Assert.Equal(["Beta", "Alpha", "Gamma"], byDate.Select(l => l.Title));
        Assert.Equal(new[] { Id("a"), Id("b"), Id("c") }.Order(StringComparer.Ordinal).Skip(1), byId.Select(l => l.Id));
        Assert.Equal(3, count);
        Assert.Equal([("p-y", 2), ("p-z", 2)], alongside.Select(c => (c.AuthorityId, c.Records)));
        // p-w is cited by the drafts beside p-x, and by one public record beside p-y.
        Assert.Equal([("p-y", 1)], (await Summaries.CitedAlongsideAsync("p-w", Clock.Now, Cancel)).Select(c => (c.AuthorityId, c.Records)));
    }

    [Fact]
    public async Task Should_reflect_an_unpublished_record_at_the_next_count()
    {
        await Store.Records.UpsertAsync(Shelf(), Cancel);
        var withdrawn = Record("r1", "Alpha", HistoricalDate.Year(1956));
        withdrawn.Status = RecordStatus.Withdrawn;

        await Store.Records.UpsertAsync([withdrawn], Cancel);
        var counts = await Summaries.CountAsync(Clock.Now, Cancel);

        Assert.Equal(3, counts.Total);
        Assert.Equal([new YearCount(1956, 1), new YearCount(1961, 1)], counts.Years);
    }

    [Fact]
    public async Task Should_fill_the_summaries_of_rows_stored_before_them_at_the_next_open()
    {
        await Store.Records.UpsertAsync(Shelf(), Cancel);
        var expected = await Summaries.CountAsync(Clock.Now, Cancel);
        var db = ((ArchiveStore)Store).CreateContext();
        await using (db)
        {
            // As the migration leaves rows written before it: columns empty, version 0.
            await db.Records.ExecuteUpdateAsync(s => s
                .SetProperty(r => r.PublicFrom, (long?)null).SetProperty(r => r.DateYear, (int?)null)
                .SetProperty(r => r.Repository, (string?)null).SetProperty(r => r.ArchivalPath, (string?)null)
                .SetProperty(r => r.Summary, (string?)null).SetProperty(r => r.SummaryVersion, 0), Cancel);
            await db.RecordCollections.ExecuteUpdateAsync(s => s.SetProperty(c => c.Title, (string?)null), Cancel);
        }
        Assert.Equal(0, (await Summaries.CountAsync(Clock.Now, Cancel)).Total);

        var reopened = (ICatalogueSummaries)await Provider.ReopenAsync(Clock);
        var counts = await reopened.CountAsync(Clock.Now, Cancel);

        Assert.Equal(expected.Total, counts.Total);
        Assert.Equal(expected.Years, counts.Years);
        Assert.Equal(expected.Collections, counts.Collections);
        Assert.Equal(expected.Shelves.Count, counts.Shelves.Count);
        Assert.Equal("Alpha", (await reopened.ListAsync(new CatalogueFilter { Ids = [Id("r1")] }, Clock.Now, 0, 1, Cancel)).Single().Title);
    }

    private static string Id(string source) => RecordId.For(TestRecords.Archive, source);

    /// <summary>Four public records, a draft, an embargoed one and a withdrawn one, each of the hidden ones in a collection, a year and a shelf of its own too.</summary>
    private List<ArchiveRecord> Shelf()
    {
        var r1 = Record("r1", "Alpha", HistoricalDate.Year(1956), "c1", "2", "p-a", "p-b");
        r1.ArchivalReference = new ArchivalReference { Repository = "RGANI", Fond = "5", Opis = "28", Delo = "347" };
        r1.OriginalLanguages = ["ru"];
        var r2 = Record("r2", "Beta", HistoricalDate.Day(new DateOnly(1956, 2, 25)), "c1", "1", "p-a");
        var r3 = Record("r3", "Gamma", HistoricalDate.Year(1961));
        r3.ArchivalReference = new ArchivalReference { Repository = "RGANI", Fond = "5" };
        var r4 = Record("r4", "Delta", null);
        var draft = Record("draft", "Secret draft", HistoricalDate.Year(1956), "c-secret", null, "p-secret");
        draft.Status = RecordStatus.Draft;
        draft.Collections.Add(new CollectionMembership { CollectionId = "c1", Title = "Letters" });
        draft.ArchivalReference = new ArchivalReference { Repository = "Hidden repository", Fond = "9" };
        var embargoed = Record("embargoed", "Embargoed", HistoricalDate.Year(1970), "c1", "3", "p-embargo");
        embargoed.EmbargoUntil = Lapse;
        var withdrawn = Record("withdrawn", "Withdrawn", HistoricalDate.Year(1980), "c-gone", null, "p-gone");
        withdrawn.Status = RecordStatus.Withdrawn;
        return [r1, r2, r3, r4, draft, embargoed, withdrawn];
    }

    private static ArchiveRecord Record(string source, string title, HistoricalDate? date, string? collection = null, string? number = null, params string[] people)
    {
        var record = TestRecords.Simple(source, title);
        record.Id = Id(source);
        record.Date = date;
        if (collection is not null)
        {
            record.Collections = [new CollectionMembership { CollectionId = collection, Title = collection == "c1" ? "Letters" : "Secret " + collection, Number = number }];
        }
        record.People = [.. people.Select(p => new EntityLink { Name = "Name of " + p, AuthorityId = p })];
        return record;
    }
}
