using Dossier.Core.Authorities;
using Dossier.Core.Collections;

namespace Dossier.Storage.Tests.Contracts;

/// <summary>What every <see cref="Core.Storage.IAuthorityStore"/> and <see cref="Core.Storage.ICollectionStore"/> must do.</summary>
public abstract class AuthorityStoreContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    [Fact]
    public async Task Should_merge_variants_and_source_keys_into_the_stored_authority()
    {
        var first = TestRecords.Person("p-k", "Khrushchev, Nikita", ("Хрущёв", "ru"), ("Khrushchev", "en"));
        first.SourceKeys = ["a#1"];
        var second = TestRecords.Person("p-k", "Khrushchev, Nikita S.", ("Хрущёв", "ru"), ("Xruşşov", "az"), ("Хрущёв", "uk"));
        second.SourceKeys = ["a#1", "b#2"];
        second.Description = "An invented description.";

        await Store.Authorities.UpsertAsync([first], Cancel);
        await Store.Authorities.UpsertAsync([second], Cancel);
        var merged = await Store.Authorities.FindAsync("p-k", Cancel);

        Assert.NotNull(merged);
        Assert.Equal("Khrushchev, Nikita S.", merged.PreferredName);
        Assert.Equal(["Хрущёв/ru", "Khrushchev/en", "Xruşşov/az", "Хрущёв/uk"], merged.Variants.Select(v => v.Name + "/" + v.Lang));
        Assert.Equal(["a#1", "b#2"], merged.SourceKeys);
        Assert.Equal("An invented description.", merged.Description);
    }

    [Fact]
    public async Task Should_find_an_authority_by_any_spelling_ignoring_case_and_accents()
    {
        await Store.Authorities.UpsertAsync(
        [
            TestRecords.Person("p-k", "Khrushchev, Nikita", ("Хрущёв", "ru")),
            TestRecords.Person("p-m", "Mikoyan, Anastas", ("Mikoyán", null)),
            new Authority { Id = "pl-k", Kind = AuthorityKind.Place, PreferredName = "Khrushchevsk" },
        ], Cancel);

        Assert.Equal(["p-k"], (await Store.Authorities.SearchAsync(AuthorityKind.Person, "KHRUSH", 10, Cancel)).Select(a => a.Id));
        Assert.Equal(["p-k"], (await Store.Authorities.SearchAsync(AuthorityKind.Person, "хрущев", 10, Cancel)).Select(a => a.Id));
        Assert.Equal(["p-m"], (await Store.Authorities.SearchAsync(AuthorityKind.Person, "mikoyan", 10, Cancel)).Select(a => a.Id));
        Assert.Equal(["p-k", "p-m"], (await Store.Authorities.SearchAsync(AuthorityKind.Person, null, 10, Cancel)).Select(a => a.Id));
        Assert.Equal(["pl-k"], (await Store.Authorities.SearchAsync(AuthorityKind.Place, "khrush", 10, Cancel)).Select(a => a.Id));
        Assert.Empty(await Store.Authorities.SearchAsync(AuthorityKind.Person, "100%_", 10, Cancel));
        // A text several names hold: the kind's authorities in preferred-name order, the limit counted among them only.
        Assert.Equal(["p-k", "p-m"], (await Store.Authorities.SearchAsync(AuthorityKind.Person, "n", 10, Cancel)).Select(a => a.Id));
        Assert.Equal(["p-k"], (await Store.Authorities.SearchAsync(AuthorityKind.Person, "k", 1, Cancel)).Select(a => a.Id));
        Assert.Empty(await Store.Authorities.SearchAsync(AuthorityKind.Person, "khrush", 0, Cancel));
    }

    [Fact]
    public async Task Should_give_the_public_only_authorities_cited_by_public_records_and_spellings_seen_in_them()
    {
        Core.Records.ArchiveRecord Citing(string sourceId, Core.Records.RecordStatus status, DateTimeOffset? embargo, string collection, params string[] people)
        {
            var record = TestRecords.Simple(sourceId);
            record.Id = Core.Records.RecordId.For(TestRecords.Archive, sourceId);
            record.Status = status;
            record.EmbargoUntil = embargo;
            record.People = [.. people.Select(p => new Core.Records.EntityLink { Name = p, AuthorityId = p })];
            record.Collections = [new Core.Records.CollectionMembership { CollectionId = collection }];
            return record;
        }
        var draft = Citing("draft/1", Core.Records.RecordStatus.Draft, null, "c-closed", "p-both", "p-draft");
        await Store.Records.UpsertAsync(
        [
            Citing("pub/1", Core.Records.RecordStatus.Published, null, "c-open", "p-both", "p-public"),
            draft,
            Citing("emb/1", Core.Records.RecordStatus.Published, new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero), "c-open", "p-embargo"),
        ], Cancel);
        var both = TestRecords.Person("p-both", "Both, Cited");
        both.Variants =
        [
            new NameVariant { Name = "Public spelling", Source = "pub/1" },
            new NameVariant { Name = "Draft spelling", Source = "draft/1" },
            new NameVariant { Name = "Draft spelling by id", Source = draft.Id },
            new NameVariant { Name = "Closed collection spelling", Source = "c-closed" },
            new NameVariant { Name = "Open collection spelling", Source = "c-open" },
            new NameVariant { Name = "Unsourced spelling" },
        ];
        both.SourceKeys = ["pub/1#a", "draft/1#b"];
        await Store.Authorities.UpsertAsync(
            [both, TestRecords.Person("p-public", "Public, Only"), TestRecords.Person("p-draft", "Draft, Only"), TestRecords.Person("p-embargo", "Embargoed, Only")], Cancel);

        var now = await Store.Authorities.PublicAsync(AuthorityKind.Person, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), Cancel);
        var later = await Store.Authorities.PublicAsync(AuthorityKind.Person, new DateTimeOffset(2031, 1, 2, 0, 0, 0, TimeSpan.Zero), Cancel);

        Assert.Equal(["p-both", "p-public"], now.Select(a => a.Id));
        var shown = now[0];
        Assert.Equal(["Public spelling", "Open collection spelling", "Unsourced spelling"], shown.Variants.Select(v => v.Name));
        Assert.Equal(["pub/1#a"], shown.SourceKeys);
        Assert.Equal(["p-both", "p-embargo", "p-public"], later.Select(a => a.Id));
        Assert.Empty(await Store.Authorities.PublicAsync(AuthorityKind.Place, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), Cancel));
    }

    [Fact]
    public async Task Should_list_the_records_citing_an_authority()
    {
        var full = TestRecords.Full();
        var other = TestRecords.Simple("other");
        other.Contributors = [new Core.Records.Contributor { Name = "Ana Ivanova", AuthorityId = "p-ivanova" }];
        await Store.Records.UpsertAsync([full, other, TestRecords.Simple("unrelated")], Cancel);

        Assert.Equal([full.Id], await Store.Authorities.RecordIdsCitingAsync("pl-pishevery", Cancel));
        Assert.Equal(new[] { full.Id, other.Id }.Order(StringComparer.Ordinal), await Store.Authorities.RecordIdsCitingAsync("p-ivanova", Cancel));
    }

    [Fact]
    public async Task Should_delete_an_authority_and_its_names()
    {
        await Store.Authorities.UpsertAsync([TestRecords.Person("p-gone", "Gone, Person")], Cancel);

        Assert.True(await Store.Authorities.DeleteAsync("p-gone", Cancel));
        Assert.False(await Store.Authorities.DeleteAsync("p-gone", Cancel));
        Assert.Empty(await Store.Authorities.SearchAsync(AuthorityKind.Person, "gone", 10, Cancel));
    }

    [Fact]
    public async Task Should_stream_authorities_in_id_order()
    {
        await Store.Authorities.UpsertAsync([TestRecords.Person("p-b", "B"), TestRecords.Person("p-a", "A"), TestRecords.Person("p-c", "C")], Cancel);

        Assert.Equal(["p-a", "p-b", "p-c"], await Store.Authorities.StreamAsync(Cancel).Select(a => a.Id).ToListAsync(Cancel));
    }

    [Fact]
    public async Task Should_store_find_replace_and_list_collections()
    {
        await Store.Collections.UpsertAsync([new Collection { Id = "v2", Title = "Volume 2" }, new Collection { Id = "v1", Title = "Volume 1", Url = "https://example.org/v1" }], Cancel);
        await Store.Collections.UpsertAsync([new Collection { Id = "v2", Title = "Volume Two", Description = "Invented." }], Cancel);

        Assert.Equal(["v1", "v2"], (await Store.Collections.ListAsync(Cancel)).Select(c => c.Id));
        Assert.Equal("https://example.org/v1", (await Store.Collections.FindAsync("v1", Cancel))?.Url);
        Assert.Equal("Volume Two", (await Store.Collections.FindAsync("v2", Cancel))?.Title);
        Assert.Null(await Store.Collections.FindAsync("v3", Cancel));
    }
}
