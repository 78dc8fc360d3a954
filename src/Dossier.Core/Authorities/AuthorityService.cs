using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Core.Authorities;

/// <summary>
/// Curates person authorities: proposes probable duplicates with their evidence, merges two authorities
/// (variants, source keys and every record link move to the kept one) and splits variants off into a new one.
/// Each change is one transaction: it lands whole or not at all.
/// </summary>
public sealed class AuthorityService(IArchiveStore store, NameVariantMatcher matcher)
{
    private const int RecordSlice = 500;

    public AuthorityService(IArchiveStore store) : this(store, new NameVariantMatcher())
    {
    }

    /// <summary>Pairs of person authorities whose headings or variants probably name the same person, surest first.</summary>
    public async Task<IReadOnlyList<MergeProposal>> ProposeMergesAsync(int limit = 1000, CancellationToken cancellationToken = default)
    {
        var people = await store.Authorities.SearchAsync(AuthorityKind.Person, null, int.MaxValue, cancellationToken).ConfigureAwait(false);
        return Propose(people, null).Take(limit).ToList();
    }

    /// <summary>
    /// The proposals of <see cref="ProposeMergesAsync"/> with a side among <paramref name="ids"/>, and every other
    /// proposal of their sides (the rivals a bare surname's merge is weighed against), in the same order: what a tidy
    /// after a small import needs, at the cost of comparing those people only. All of them when the ids are half the
    /// people or more (a first import), which costs less than comparing twice.
    /// </summary>
    public async Task<IReadOnlyList<MergeProposal>> ProposeMergesAroundAsync(IReadOnlySet<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var people = await store.Authorities.SearchAsync(AuthorityKind.Person, null, int.MaxValue, cancellationToken).ConfigureAwait(false);
        if (ids.Count * 2 >= people.Count)
        {
            return Propose(people, null);
        }
        var sides = new HashSet<string>(ids, StringComparer.Ordinal);
        sides.UnionWith(Propose(people, ids).SelectMany(p => new[] { p.KeepId, p.MergeId }));
        return Propose(people, sides);
    }

    // Pairs of people within a block (see Block) that probably match; with among, only pairs with a side among them.
    private List<MergeProposal> Propose(IReadOnlyList<Authority> people, IReadOnlySet<string>? among)
    {
        // Only authorities sharing a surname's first two key letters are compared: the pairs stay few on large archives.
        var blocks = people
            .Select(a => (Authority: a, Name: PersonName.Parse(a.PreferredName)))
            .GroupBy(p => Block(p.Name.Surname), StringComparer.Ordinal);
        var proposals = new List<MergeProposal>();
        foreach (var block in blocks)
        {
            var members = block.ToList();
            if (among is not null && !members.Exists(m => among.Contains(m.Authority.Id)))
            {
                continue;
            }
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (among is not null && !among.Contains(members[i].Authority.Id) && !among.Contains(members[j].Authority.Id))
                    {
                        continue;
                    }
                    var match = matcher.Compare(members[i].Name, members[j].Name);
                    if (!match.IsProbableMatch)
                    {
                        continue;
                    }
                    var (keep, merge) = Order(members[i].Authority, members[j].Authority);
                    proposals.Add(new MergeProposal(keep.Id, merge.Id, keep.PreferredName, merge.PreferredName, match.Confidence, match.Evidence));
                }
            }
        }
        // A stable sort: proposals alike in confidence and kept name stay in the order found, with or without among.
        return proposals
            .OrderByDescending(p => p.Confidence)
            .ThenBy(p => p.KeepName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Folds <paramref name="mergeId"/> into <paramref name="keepId"/> and deletes it; the records that cite it are rewritten.</summary>
    public async Task<Authority> MergeAsync(string keepId, string mergeId, CancellationToken cancellationToken = default) =>
        (await MergeAllAsync([new AuthorityMerge(keepId, mergeId)], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>
    /// Makes each merge in turn (a later one may keep or merge an authority an earlier one kept) in one transaction, and
    /// rewrites each record citing a merged authority once, whatever the number of merges it is in: the curation after a
    /// large import merges hundreds. Returns the kept authority of each merge, as it stands after it.
    /// </summary>
    public async Task<IReadOnlyList<Authority>> MergeAllAsync(IReadOnlyList<AuthorityMerge> merges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(merges);
        var loaded = new Dictionary<string, Authority>(StringComparer.Ordinal);
        var mergedInto = new Dictionary<string, string>(StringComparer.Ordinal);
        var kept = new List<Authority>(merges.Count);
        var citing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keepId, mergeId) in merges)
        {
            if (string.Equals(keepId, mergeId, StringComparison.Ordinal))
            {
                throw new ArgumentException("an authority cannot be merged into itself", nameof(merges));
            }
            if (mergedInto.ContainsKey(keepId) || mergedInto.ContainsKey(mergeId))
            {
                throw new ArgumentException($"{(mergedInto.ContainsKey(keepId) ? keepId : mergeId)} was merged by an earlier merge", nameof(merges));
            }
            var keep = loaded.GetValueOrDefault(keepId) ?? await FindAsync(keepId, cancellationToken).ConfigureAwait(false);
            var merge = loaded.GetValueOrDefault(mergeId) ?? await FindAsync(mergeId, cancellationToken).ConfigureAwait(false);
            MergePlan.Fold(keep, merge, mergeId);
            loaded[keepId] = keep;
            loaded.Remove(mergeId);
            mergedInto[mergeId] = keepId;
            citing.UnionWith(await store.Authorities.RecordIdsCitingAsync(mergeId, cancellationToken).ConfigureAwait(false));
            kept.Add(keep);
        }

        await using var transaction = await store.BeginImportAsync(cancellationToken).ConfigureAwait(false);
        await transaction.UpsertAuthoritiesAsync(loaded.Values.ToList(), cancellationToken).ConfigureAwait(false);
        // Read and written a slice at a time: a large merge cites thousands of records (the curation after the 100 FRUS
        // volumes' import rewrites 14,007). A slice is written on another core while the next is read and relinked, which
        // took that rewrite from 14.2-15.1 s to 10.7-12.6 s; one core did both in turn before. A slice holding a big text
        // is written alone.
        var behind = new Importing.WriteBehind();
        try
        {
            foreach (var slice in citing.Order(StringComparer.Ordinal).Chunk(RecordSlice))
            {
                var records = await store.Records.GetManyAsync(slice, cancellationToken).ConfigureAwait(false);
                foreach (var record in records)
                {
                    Relink(record, mergedInto.ContainsKey, id => Survivor(mergedInto, id), _ => true);
                }
                if (records.Count == 0)
                {
                    continue;
                }
                Task Write() => transaction.UpsertRecordsAsync(records, cancellationToken);
                await (Importing.ImportMemory.AnyBig(records) ? behind.WriteAloneAsync(Write) : behind.HandAsync(Write)).ConfigureAwait(false);
            }
            await behind.DrainAsync().ConfigureAwait(false);
        }
        finally
        {
            // A failure on the way out leaves no write running through the transaction being disposed.
            await behind.SettleAsync().ConfigureAwait(false);
        }
        foreach (var mergeId in mergedInto.Keys)
        {
            await transaction.DeleteAuthorityAsync(mergeId, cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return kept;
    }

    /// <summary>The authority <paramref name="id"/> ends in, following merges that merged the authority it was merged into.</summary>
    private static string Survivor(Dictionary<string, string> mergedInto, string id)
    {
        while (mergedInto.TryGetValue(id, out var next))
        {
            id = next;
        }
        return id;
    }

    /// <summary>
    /// Moves the named variants of an authority to a new one (headed by the first of them); record links written
    /// with one of those spellings follow. Returns the new authority.
    /// </summary>
    public Task<Authority> SplitAsync(string authorityId, IReadOnlyCollection<string> variantNames, CancellationToken cancellationToken = default) =>
        SplitAsync(authorityId, variantNames, null, cancellationToken);

    /// <summary>
    /// As <see cref="SplitAsync(string, IReadOnlyCollection{string}, CancellationToken)"/>, but when <paramref name="recordIds"/>
    /// is given the links that move are every link to the authority in those records (an editor's choice), and no other.
    /// </summary>
    public async Task<Authority> SplitAsync(
        string authorityId, IReadOnlyCollection<string> variantNames, IReadOnlyCollection<string>? recordIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(variantNames);
        if (variantNames.Count == 0)
        {
            throw new ArgumentException("name at least one variant to split off", nameof(variantNames));
        }
        var source = await FindAsync(authorityId, cancellationToken).ConfigureAwait(false);
        var names = new HashSet<string>(variantNames, StringComparer.Ordinal);
        var moving = source.Variants.Where(v => names.Contains(v.Name)).ToList();
        var missing = names.Where(n => !moving.Any(v => string.Equals(v.Name, n, StringComparison.Ordinal))).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"not variants of {authorityId}: {string.Join(", ", missing)}", nameof(variantNames));
        }
        var heading = variantNames.First();
        var created = new Authority
        {
            Id = AuthorityId.For(source.Kind, heading + "\n" + authorityId),
            Kind = source.Kind,
            PreferredName = heading,
            Variants = moving,
        };
        source.Variants.RemoveAll(v => names.Contains(v.Name));

        var citing = await store.Authorities.RecordIdsCitingAsync(authorityId, cancellationToken).ConfigureAwait(false);
        var records = await store.Records.GetManyAsync(citing.ToList(), cancellationToken).ConfigureAwait(false);
        var changed = records
            .Where(r => recordIds is null
                ? Relink(r, link => string.Equals(link, authorityId, StringComparison.Ordinal), created.Id, names.Contains)
                : recordIds.Contains(r.Id, StringComparer.Ordinal) && Relink(r, link => string.Equals(link, authorityId, StringComparison.Ordinal), created.Id, _ => true))
            .ToList();

        // The store merges variants on upsert, so the shrunk authority is written anew after a delete.
        await using var transaction = await store.BeginImportAsync(cancellationToken).ConfigureAwait(false);
        await transaction.DeleteAuthorityAsync(authorityId, cancellationToken).ConfigureAwait(false);
        await transaction.UpsertAuthoritiesAsync([source, created], cancellationToken).ConfigureAwait(false);
        if (changed.Count > 0)
        {
            await transaction.UpsertRecordsAsync(changed, cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return created;
    }

    private async Task<Authority> FindAsync(string id, CancellationToken cancellationToken) =>
        await store.Authorities.FindAsync(id, cancellationToken).ConfigureAwait(false)
        ?? throw new KeyNotFoundException($"no authority {id}");

    // The authority cited by more source keys stays: it is the better-established heading.
    private static (Authority Keep, Authority Merge) Order(Authority a, Authority b) =>
        a.SourceKeys.Count > b.SourceKeys.Count || (a.SourceKeys.Count == b.SourceKeys.Count && string.CompareOrdinal(a.Id, b.Id) <= 0)
            ? (a, b)
            : (b, a);

    private static string Block(string surname)
    {
        var key = NameKey.For(surname);
        return key.Length <= 2 ? key : key[..2];
    }

    private static bool Relink(ArchiveRecord record, Func<string, bool> isOld, string newId, Func<string, bool> nameMoves) =>
        Relink(record, isOld, _ => newId, nameMoves);

    /// <summary>Points the record's links to an old authority whose name moves at the new one; true when one moved.</summary>
    internal static bool Relink(ArchiveRecord record, Func<string, bool> isOld, Func<string, string> newId, Func<string, bool> nameMoves)
    {
        var changed = false;
        foreach (var link in record.People.Concat(record.Places).Concat(record.Organisations))
        {
            if (link.AuthorityId is { } id && isOld(id) && nameMoves(link.Name))
            {
                link.AuthorityId = newId(id);
                changed = true;
            }
        }
        foreach (var contributor in record.Contributors)
        {
            if (contributor.AuthorityId is { } id && isOld(id) && nameMoves(contributor.Name))
            {
                contributor.AuthorityId = newId(id);
                changed = true;
            }
        }
        return changed;
    }
}
