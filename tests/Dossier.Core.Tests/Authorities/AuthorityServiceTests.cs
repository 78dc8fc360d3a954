using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Storage;
using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;

namespace Dossier.Core.Tests.Authorities;

/// <summary>The authority service on the real SQLite store, in a fresh data folder per test.</summary>
public sealed class AuthorityServiceTests : IAsyncLifetime
{
    private const string Archive = "Invented Archive";
    private readonly TempFolder _folder = new();
    private SqliteArchiveStore _store = null!;

    public async ValueTask InitializeAsync()
    {
        _store = await StoreFactory.OpenAsync(_folder.Path, cancellationToken: TestContext.Current.CancellationToken);
        await using var transaction = await _store.BeginImportAsync(TestContext.Current.CancellationToken);
        await transaction.UpsertAuthoritiesAsync(
            [
                Person("Kuznetsov, Vasili V.", "vol1#p_KVV1", "Kuznetsov", "V.V. Kuznetsov"),
                Person("Kuznetsov, Vasily Vasilievich", "vol2#p_KVV2", "Vasily Kuznetsov"),
                Person("Gromyko, Andrei A.", "vol1#p_GAA1", "Gromyko"),
                Person("Gromyko, Anatoly A.", "vol3#p_GAA9", "Anatoly Gromyko"),
            ],
            TestContext.Current.CancellationToken);
        await transaction.UpsertRecordsAsync(
            [
                Record("r1", Id("Kuznetsov, Vasily Vasilievich"), "Vasily Kuznetsov"),
                Record("r2", Id("Kuznetsov, Vasili V."), "Kuznetsov"),
                Record("r3", Id("Kuznetsov, Vasili V."), "V.V. Kuznetsov"),
            ],
            TestContext.Current.CancellationToken);
        await transaction.CommitAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Should_propose_transliteration_variants_with_evidence_and_apply_nothing()
    {
        var service = new AuthorityService(_store);

        var proposals = await service.ProposeMergesAsync(cancellationToken: TestContext.Current.CancellationToken);

        var proposal = Assert.Single(proposals);
        Assert.Equal(
            new[] { Id("Kuznetsov, Vasili V."), Id("Kuznetsov, Vasily Vasilievich") }.Order(StringComparer.Ordinal),
            new[] { proposal.KeepId, proposal.MergeId }.Order(StringComparer.Ordinal));
        Assert.InRange(proposal.Confidence, 0.5, 1);
        Assert.Contains(proposal.Evidence, e => e.Contains("Vasili", StringComparison.Ordinal));
        Assert.NotNull(await _store.Authorities.FindAsync(proposal.MergeId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Should_propose_around_given_people_what_proposing_among_all_gives_them_and_their_rivals_in_the_same_order()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var transaction = await _store.BeginImportAsync(ct))
        {
            // A third Kuznetsov (a rival of the second one), and people enough that two ids are few.
            await transaction.UpsertAuthoritiesAsync(
                [Person("Kuznetsov, V.", "vol4#p_KV"), Person("Kuznetsov, Nikolai G.", "vol4#p_KNG"), Person("Molotov", "vol4#p_M"), Person("Beria, Lavrenti P.", "vol4#p_BLP"), Person("Beria, Lavrenty Pavlovich", "vol5#p_BLP")],
                ct);
            await transaction.CommitAsync(ct);
        }
        var service = new AuthorityService(_store);
        var all = await service.ProposeMergesAsync(int.MaxValue, ct);
        HashSet<string> ids = [Id("Kuznetsov, Vasily Vasilievich")];
        var sides = all.Where(p => ids.Contains(p.KeepId) || ids.Contains(p.MergeId)).SelectMany(p => new[] { p.KeepId, p.MergeId }).ToHashSet();

        var around = await service.ProposeMergesAroundAsync(ids, ct);
        var none = await service.ProposeMergesAroundAsync(new HashSet<string> { Id("Molotov") }, ct);

        Assert.Contains(around, p => p.KeepId != Id("Kuznetsov, Vasily Vasilievich") && p.MergeId != Id("Kuznetsov, Vasily Vasilievich"));
        Assert.True(all.Count > around.Count, $"{around.Count} of {all.Count}");
        Assert.Equal(all.Where(p => sides.Contains(p.KeepId) || sides.Contains(p.MergeId)).Select(Shown), around.Select(Shown));
        Assert.Empty(none);
        static string Shown(MergeProposal p) => $"{p.KeepId} {p.MergeId} {p.Confidence} {string.Join("; ", p.Evidence)}";
    }

    [Fact]
    public async Task Should_merge_variants_source_keys_and_record_links_into_the_kept_authority()
    {
        var service = new AuthorityService(_store);
        var keepId = Id("Kuznetsov, Vasili V.");
        var mergeId = Id("Kuznetsov, Vasily Vasilievich");
        var ct = TestContext.Current.CancellationToken;

        await service.MergeAsync(keepId, mergeId, ct);

        Assert.Null(await _store.Authorities.FindAsync(mergeId, ct));
        var stored = (await _store.Authorities.FindAsync(keepId, ct))!;
        Assert.Equal(["vol1#p_KVV1", "vol2#p_KVV2"], stored.SourceKeys.Order(StringComparer.Ordinal));
        Assert.Contains(stored.Variants, v => v.Name == "Vasily Kuznetsov");
        Assert.Contains(stored.Variants, v => v.Name == "Kuznetsov, Vasily Vasilievich");
        var r1 = (await _store.Records.FindAsync(RecordId.For(Archive, "r1"), ct))!;
        Assert.Equal(keepId, r1.People.Single().AuthorityId);
        Assert.Equal(keepId, r1.Contributors.Single().AuthorityId);
        Assert.Empty(await _store.Authorities.RecordIdsCitingAsync(mergeId, ct));
    }

    [Fact]
    public async Task Should_split_named_variants_into_a_new_authority_and_move_their_links()
    {
        var service = new AuthorityService(_store);
        var id = Id("Kuznetsov, Vasili V.");
        var ct = TestContext.Current.CancellationToken;

        var created = await service.SplitAsync(id, ["V.V. Kuznetsov"], ct);

        Assert.Equal("V.V. Kuznetsov", created.PreferredName);
        Assert.Equal(["V.V. Kuznetsov"], (await _store.Authorities.FindAsync(created.Id, ct))!.Variants.Select(v => v.Name));
        Assert.DoesNotContain((await _store.Authorities.FindAsync(id, ct))!.Variants, v => v.Name == "V.V. Kuznetsov");
        Assert.Equal(id, (await _store.Records.FindAsync(RecordId.For(Archive, "r2"), ct))!.People.Single().AuthorityId);
        Assert.Equal(created.Id, (await _store.Records.FindAsync(RecordId.For(Archive, "r3"), ct))!.People.Single().AuthorityId);
    }

    [Fact]
    public async Task Should_make_chained_merges_at_once_and_write_each_citing_record_once()
    {
        var service = new AuthorityService(_store);
        var ct = TestContext.Current.CancellationToken;
        var before = await _store.Records.LastSequenceAsync(ct);

        // The second merge folds the first one's kept authority into a third: every link ends at the third.
        var kept = await service.MergeAllAsync(
            [new AuthorityMerge(Id("Kuznetsov, Vasili V."), Id("Kuznetsov, Vasily Vasilievich")), new AuthorityMerge(Id("Gromyko, Andrei A."), Id("Kuznetsov, Vasili V."))], ct);

        Assert.Equal([Id("Kuznetsov, Vasili V."), Id("Gromyko, Andrei A.")], kept.Select(a => a.Id));
        Assert.Null(await _store.Authorities.FindAsync(Id("Kuznetsov, Vasili V."), ct));
        Assert.Null(await _store.Authorities.FindAsync(Id("Kuznetsov, Vasily Vasilievich"), ct));
        var stored = (await _store.Authorities.FindAsync(Id("Gromyko, Andrei A."), ct))!;
        Assert.Equal(new[] { Id("Kuznetsov, Vasili V."), Id("Kuznetsov, Vasily Vasilievich") }.Order(StringComparer.Ordinal), stored.MergedIds!.Order(StringComparer.Ordinal));
        Assert.Contains(stored.Variants, v => v.Name == "Vasily Kuznetsov");
        foreach (var source in new[] { "r1", "r2", "r3" })
        {
            var record = (await _store.Records.FindAsync(RecordId.For(Archive, source), ct))!;
            Assert.Equal(Id("Gromyko, Andrei A."), record.People.Single().AuthorityId);
            Assert.Equal(Id("Gromyko, Andrei A."), record.Contributors.Single().AuthorityId);
        }
        // Merged one at a time, r1 would be written twice (four changes of records); the authorities changed in one transaction.
        var changes = await _store.Records.ChangesAfterAsync(before, 100, ct);
        Assert.Equal(3, changes.Count(c => c.IsRecord));
        Assert.Equal(1, changes.Count(c => c.Kind == RecordChangeKind.AuthoritiesChanged));
    }

    [Fact]
    public async Task Should_rewrite_every_record_citing_a_merged_authority_when_they_fill_several_slices()
    {
        var service = new AuthorityService(_store);
        var ct = TestContext.Current.CancellationToken;
        // Three slices of 500 and a few: each slice is written while the next is read.
        var many = Enumerable.Range(0, 1_203).Select(i => Record($"m{i:0000}", Id("Kuznetsov, Vasily Vasilievich"), "Vasily Kuznetsov")).ToList();
        await _store.Records.UpsertAsync(many, ct);
        var before = await _store.Records.LastSequenceAsync(ct);

        await service.MergeAsync(Id("Kuznetsov, Vasili V."), Id("Kuznetsov, Vasily Vasilievich"), ct);

        var stored = await _store.Records.GetManyAsync([.. many.Select(r => r.Id), RecordId.For(Archive, "r1")], ct);
        Assert.Equal(1_204, stored.Count);
        Assert.All(stored, r => Assert.Equal(Id("Kuznetsov, Vasili V."), r.People.Single().AuthorityId));
        // Each citing record once (r2 and r3 cited the kept one already), none twice, none left out.
        var changes = (await _store.Records.ChangesAfterAsync(before, 5_000, ct)).Where(c => c.IsRecord).ToList();
        Assert.Equal(1_204, changes.Count);
        Assert.Equal(1_204, changes.Select(c => c.RecordId).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Should_refuse_a_merge_of_an_authority_an_earlier_merge_removed()
    {
        var service = new AuthorityService(_store);
        var ct = TestContext.Current.CancellationToken;

        await Assert.ThrowsAsync<ArgumentException>(() => service.MergeAllAsync(
            [new AuthorityMerge(Id("Kuznetsov, Vasili V."), Id("Kuznetsov, Vasily Vasilievich")), new AuthorityMerge(Id("Kuznetsov, Vasily Vasilievich"), Id("Gromyko, Andrei A."))], ct));

        Assert.NotNull(await _store.Authorities.FindAsync(Id("Kuznetsov, Vasily Vasilievich"), ct));
    }

    [Fact]
    public async Task Should_refuse_to_split_a_spelling_the_authority_does_not_have()
    {
        var service = new AuthorityService(_store);

        await Assert.ThrowsAsync<ArgumentException>(() => service.SplitAsync(Id("Kuznetsov, Vasili V."), ["Nobody"], TestContext.Current.CancellationToken));
    }

    private static string Id(string heading) => AuthorityId.For(AuthorityKind.Person, heading);

    private static Authority Person(string heading, string key, params string[] variants) => new()
    {
        Id = Id(heading),
        Kind = AuthorityKind.Person,
        PreferredName = heading,
        SourceKeys = [key],
        Variants = variants.Select(v => new NameVariant { Name = v }).ToList(),
    };

    private static ArchiveRecord Record(string sourceId, string authorityId, string name) => new()
    {
        Id = RecordId.For(Archive, sourceId),
        Source = new SourceIdentifier { Archive = Archive, RecordId = sourceId },
        Title = "An invented record",
        People = [new EntityLink { Name = name, AuthorityId = authorityId }],
        Contributors = [new Contributor { Name = name, Role = ContributorRole.Author, AuthorityId = authorityId }],
    };
}
