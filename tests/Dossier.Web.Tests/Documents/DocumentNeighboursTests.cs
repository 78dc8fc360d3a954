using Dossier.Core.Composition;
using Dossier.Core.Records;
using Dossier.Search;
using Dossier.Storage;
using Dossier.Testing;
using Dossier.Web.Catalogue;
using Dossier.Web.Documents;

namespace Dossier.Web.Tests.Documents;

/// <summary>What stands around a document: its neighbours in a collection's order and the documents sharing its distinctive names.</summary>
public sealed class DocumentNeighboursTests : IDisposable
{
    private const string Archive = "Neighbours test";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Should_relate_documents_by_a_distinctive_shared_name_and_not_by_names_most_documents_cite(bool indexed)
    {
        // 101 records name the same two people (more than the 100 below which no name is common); one other record
        // shares only a rarely cited place with the document.
        var everywhere = Enumerable.Range(1, 101).Select(i => Note("common-" + i, "Common " + i, People("p-eisenhower", "p-dulles"))).ToList();
        var sharer = Note("sharer", "Sharer", Places("pl-tabriz"));
        var document = Note("document", "Document", [.. People("p-eisenhower", "p-dulles"), .. Places("pl-tabriz")]);
        await using var scene = await SceneAsync([.. everywhere, sharer, document], indexed);

        var related = (await scene.Neighbours.AroundAsync(document, Cancel)).Related;

        // Counting the common names too would rank the records sharing two of them first, and the sharer after the fifth.
        var (entry, why) = Assert.Single(related);
        Assert.Equal(("Sharer", "also names Name of pl-tabriz"), (entry.Title, why));
    }

    /// <summary>The index (postings) and the store (SQL), used when another process holds the index, rank alike.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Should_rank_related_documents_by_shared_authorities_and_day_then_date_and_show_only_public_ones(bool indexed)
    {
        var day = new DateOnly(1955, 3, 10);
        var document = Dated(Note("document", "Document", [.. People("p-a", "p-b"), .. Places("pl-c")]), day);
        document.Organisations = [Link("o-d")];
        document.Contributors = [new Contributor { Name = "Translator", Role = ContributorRole.Translator, AuthorityId = "c-e" }];
        var all = Dated(Note("all", "All four names", [.. People("p-a", "p-b"), .. Places("pl-c")]), new DateOnly(1956, 1, 1));
        all.Organisations = [Link("o-d")];
        var translated = Note("translated", "Same translator", People("p-a"));
        translated.Contributors = [new Contributor { Name = "Translator", Role = ContributorRole.Translator, AuthorityId = "c-e" }];
        var early = Dated(Note("early", "Early", Places("pl-c")), new DateOnly(1950, 1, 1));
        var sameDay = Dated(Note("same-day", "Same day", []), day);
        var draft = Dated(Note("draft", "Draft", [.. People("p-a", "p-b"), .. Places("pl-c")]), day);
        draft.Status = RecordStatus.Draft;
        var embargoed = Dated(Note("embargoed", "Embargoed", [.. People("p-a", "p-b"), .. Places("pl-c")]), day);
        embargoed.EmbargoUntil = DateTimeOffset.UtcNow.AddYears(1);
        await using var scene = await SceneAsync([document, sameDay, early, translated, all, draft, embargoed, Note("unrelated", "Unrelated", People("p-z"))], indexed);

        var related = (await scene.Neighbours.AroundAsync(document, Cancel)).Related;

        Assert.Equal(
            [
                ("All four names", "also names Name of p-a, Name of p-b, Name of pl-c"),
                ("Same translator", "also names Name of p-a"),
                ("Early", "also names Name of pl-c"),
                ("Same day", "same day"),
            ],
            related.Select(r => (r.Entry.Title, r.Why)));
    }

    /// <summary>
    /// The index marks which of a document's first 64 cited names each record shares as it counts them, and reads any
    /// further name back from its postings: both kinds are named, in the order cited, as the store names them.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Should_name_every_shared_name_of_a_document_citing_more_than_64(bool indexed)
    {
        var cited = Enumerable.Range(0, 70).Select(i => "p-" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var document = Note("document", "Document", People(cited));
        var marked = Note("marked", "Marked and past the marks", People("p-63", "p-64", "p-69"));
        var past = Note("past", "Past the marks only", People("p-65", "p-66"));
        var first = Note("first", "First name only", People("p-00"));
        await using var scene = await SceneAsync([document, marked, past, first, Note("unrelated", "Unrelated", People("p-99"))], indexed);

        var related = (await scene.Neighbours.AroundAsync(document, Cancel)).Related;

        Assert.Equal(
            [
                ("Marked and past the marks", "also names Name of p-63, Name of p-64, Name of p-69"),
                ("Past the marks only", "also names Name of p-65, Name of p-66"),
                ("First name only", "also names Name of p-00"),
            ],
            related.Select(r => (r.Entry.Title, r.Why)));
    }

    [Fact]
    public async Task Should_place_a_document_among_the_public_documents_of_its_collection_by_number()
    {
        var draft = Note("draft", "Draft", [], "2");
        draft.Status = RecordStatus.Draft;
        var document = Note("third", "Third", [], "3");
        await using var scene = await SceneAsync([Note("tenth", "Tenth", [], "10"), document, draft, Note("first", "First", [], "1")]);

        var place = Assert.Single((await scene.Neighbours.AroundAsync(document, Cancel)).InCollections);

        Assert.Equal(("First", "Tenth", 2, 3), (place.Previous?.Title, place.Next?.Title, place.Position, place.Count));
        Assert.Equal(("volume", "The volume"), (place.CollectionId, place.Title));
    }

    private async Task<Scene> SceneAsync(List<ArchiveRecord> records, bool indexed = false)
    {
        var store = await StoreFactory.OpenAsync(_folder.Path, cancellationToken: Cancel);
        await store.Records.UpsertAsync(records, Cancel);
        var index = indexed ? await LuceneSearchIndex.OpenAsync(store.Records, _folder.Path, cancellationToken: Cancel) : null;
        var archive = new Archive(_folder.Path, store, store, index, [], [], TimeProvider.System);
        var catalogue = new CatalogueService(archive);
        return new Scene(store, index, catalogue, new DocumentNeighbours(archive, catalogue, new CollectionService(archive, catalogue)));
    }

    private static ArchiveRecord Dated(ArchiveRecord record, DateOnly day)
    {
        record.Date = HistoricalDate.Day(day);
        return record;
    }

    private static List<EntityLink> People(params string[] ids) => [.. ids.Select(Link)];

    private static List<EntityLink> Places(params string[] ids) => [.. ids.Select(Link)];

    private static EntityLink Link(string id) => new() { Name = "Name of " + id, AuthorityId = id };

    private static ArchiveRecord Note(string id, string title, List<EntityLink> links, string? number = null) => new()
    {
        Id = RecordId.For(Archive, id),
        Source = new SourceIdentifier { Archive = Archive, RecordId = id },
        Title = title,
        People = [.. links.Where(l => l.AuthorityId!.StartsWith("p-", StringComparison.Ordinal))],
        Places = [.. links.Where(l => l.AuthorityId!.StartsWith("pl-", StringComparison.Ordinal))],
        Collections = number is null ? [] : [new CollectionMembership { CollectionId = "volume", Title = "The volume", Number = number }],
        Layers = [new TextLayer { Kind = LayerKind.Translation, Lang = "en", Text = title }],
    };

    private sealed record Scene(Dossier.Storage.Providers.Sqlite.SqliteArchiveStore Store, LuceneSearchIndex? Index, CatalogueService Catalogue, DocumentNeighbours Neighbours) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Catalogue.Dispose();
            Index?.Dispose();
            await Store.DisposeAsync();
        }
    }
}
