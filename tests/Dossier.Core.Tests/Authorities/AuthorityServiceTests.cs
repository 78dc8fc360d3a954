using Dossier.Core.Authorities;
using Dossier.Core.Records;

namespace Dossier.Core.Tests.Authorities;

public sealed class AuthorityServiceTests
{
    private readonly MemoryArchiveStore _store = new();

    public AuthorityServiceTests()
    {
        Add(Person("Kuznetsov, Vasili V.", "vol1#p_KVV1", "Kuznetsov", "V.V. Kuznetsov"));
        Add(Person("Kuznetsov, Vasily Vasilievich", "vol2#p_KVV2", "Vasily Kuznetsov"));
        Add(Person("Gromyko, Andrei A.", "vol1#p_GAA1", "Gromyko"));
        Add(Person("Gromyko, Anatoly A.", "vol3#p_GAA9", "Anatoly Gromyko"));
        _store.RecordsById["r1"] = Record("r1", Id("Kuznetsov, Vasily Vasilievich"), "Vasily Kuznetsov");
        _store.RecordsById["r2"] = Record("r2", Id("Kuznetsov, Vasili V."), "Kuznetsov");
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
        Assert.Equal(4, _store.AuthoritiesById.Count);
    }

    [Fact]
    public async Task Should_merge_variants_source_keys_and_record_links_into_the_kept_authority()
    {
        var service = new AuthorityService(_store);
        var keepId = Id("Kuznetsov, Vasili V.");
        var mergeId = Id("Kuznetsov, Vasily Vasilievich");

        var kept = await service.MergeAsync(keepId, mergeId, TestContext.Current.CancellationToken);

        Assert.False(_store.AuthoritiesById.ContainsKey(mergeId));
        var stored = _store.AuthoritiesById[keepId];
        Assert.Equal(["vol1#p_KVV1", "vol2#p_KVV2"], stored.SourceKeys);
        Assert.Contains(stored.Variants, v => v.Name == "Vasily Kuznetsov");
        Assert.Contains(stored.Variants, v => v.Name == "Kuznetsov, Vasily Vasilievich");
        Assert.Equal(keepId, _store.RecordsById["r1"].People.Single().AuthorityId);
        Assert.Equal(keepId, _store.RecordsById["r1"].Contributors.Single().AuthorityId);
        Assert.Equal(stored.Variants.Count, kept.Variants.Count);
    }

    [Fact]
    public async Task Should_write_nothing_when_the_merge_transaction_fails()
    {
        var service = new AuthorityService(_store);
        var mergeId = Id("Kuznetsov, Vasily Vasilievich");
        _store.FailNextCommit = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => service.MergeAsync(Id("Kuznetsov, Vasili V."), mergeId, TestContext.Current.CancellationToken));

        Assert.True(_store.AuthoritiesById.ContainsKey(mergeId));
        Assert.Equal(mergeId, _store.RecordsById["r1"].People.Single().AuthorityId);
    }

    [Fact]
    public async Task Should_split_named_variants_into_a_new_authority_and_move_their_links()
    {
        var service = new AuthorityService(_store);
        var id = Id("Kuznetsov, Vasili V.");
        _store.RecordsById["r3"] = Record("r3", id, "V.V. Kuznetsov");

        var created = await service.SplitAsync(id, ["V.V. Kuznetsov"], TestContext.Current.CancellationToken);

        Assert.Equal("V.V. Kuznetsov", created.PreferredName);
        Assert.Equal(["V.V. Kuznetsov"], _store.AuthoritiesById[created.Id].Variants.Select(v => v.Name));
        Assert.Equal(["Kuznetsov"], _store.AuthoritiesById[id].Variants.Select(v => v.Name));
        Assert.Equal(id, _store.RecordsById["r2"].People.Single().AuthorityId);
        Assert.Equal(created.Id, _store.RecordsById["r3"].People.Single().AuthorityId);
    }

    [Fact]
    public async Task Should_refuse_to_split_a_spelling_the_authority_does_not_have()
    {
        var service = new AuthorityService(_store);

        await Assert.ThrowsAsync<ArgumentException>(() => service.SplitAsync(Id("Kuznetsov, Vasili V."), ["Nobody"], TestContext.Current.CancellationToken));
    }

    private static string Id(string heading) => AuthorityId.For(AuthorityKind.Person, heading);

    private void Add(Authority authority) => _store.AuthoritiesById[authority.Id] = authority;

    private static Authority Person(string heading, string key, params string[] variants) => new()
    {
        Id = Id(heading),
        Kind = AuthorityKind.Person,
        PreferredName = heading,
        SourceKeys = [key],
        Variants = variants.Select(v => new NameVariant { Name = v }).ToList(),
    };

    private static ArchiveRecord Record(string id, string authorityId, string name) => new()
    {
        Id = id,
        Title = "An invented record",
        People = [new EntityLink { Name = name, AuthorityId = authorityId }],
        Contributors = [new Contributor { Name = name, Role = ContributorRole.Author, AuthorityId = authorityId }],
    };
}
