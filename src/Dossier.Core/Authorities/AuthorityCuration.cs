using Dossier.Core.Storage;

namespace Dossier.Core.Authorities;

/// <summary>
/// Tidies the person authorities after an import: junk spellings out (<see cref="VariantHygiene"/>), Cyrillic forms in
/// (<see cref="CyrillicForms"/>), and duplicates merged when the evidence is strong — the same surname with agreeing
/// forenames, initials or transliterations at <see cref="StrongConfidence"/> or more ("Khrushchev, Nikita S." and
/// "…Nikita Sergeyevich"; Conrad / Konrad Adenauer), or a bare surname with one candidate only, or one whose
/// description agrees. Every other proposal stays for an editor. The authority cited by more records is kept.
/// </summary>
public sealed class AuthorityCuration(IArchiveStore store)
{
    public const double StrongConfidence = 0.85;

    /// <summary>Tidies every authority, and merges every strong duplicate in the archive.</summary>
    public Task<CurationReport> TidyAsync(CancellationToken cancellationToken = default) => TidyAsync(null, cancellationToken);

    /// <summary>
    /// Tidies every authority, and merges the strong duplicates among which one at least is in <paramref name="scope"/>
    /// (the people an import brought or gave a new spelling): what an import did not touch is left as the last tidy
    /// left it, so importing one file never merges or relinks people it does not name. Null merges every strong one.
    /// </summary>
    public async Task<CurationReport> TidyAsync(IReadOnlySet<string>? scope, CancellationToken cancellationToken = default)
    {
        var (report, plan) = await PlanAsync(scope, cancellationToken).ConfigureAwait(false);
        await MergeAsync(plan, cancellationToken).ConfigureAwait(false);
        return report;
    }

    /// <summary>
    /// The first half of <see cref="TidyAsync(IReadOnlySet{string}, CancellationToken)"/>: the spellings tidied (written),
    /// and the merges decided but not made (<see cref="MergeAsync"/> makes them); the report says what the tidy will have
    /// done once they are.
    /// </summary>
    public async Task<(CurationReport Report, MergePlan Plan)> PlanAsync(IReadOnlySet<string>? scope, CancellationToken cancellationToken = default)
    {
        var (cleaned, added) = await CleanAsync(cancellationToken).ConfigureAwait(false);
        var service = new AuthorityService(store);
        // Scoped, only the proposals touching the scope and their sides' rivals are made: comparing every person with
        // every other costs seconds on a large archive, after a one-file import too.
        var proposals = scope is null
            ? await service.ProposeMergesAsync(int.MaxValue, cancellationToken).ConfigureAwait(false)
            : await service.ProposeMergesAroundAsync(scope, cancellationToken).ConfigureAwait(false);
        var people = (await store.Authorities.SearchAsync(AuthorityKind.Person, null, int.MaxValue, cancellationToken).ConfigureAwait(false))
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
        var mergedInto = new Dictionary<string, string>(StringComparer.Ordinal);
        // The records citing each authority as the merges before have left them: a merge moves the merged one's to the kept one.
        var citing = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var merges = new List<AuthorityMerge>();
        var merged = new List<MergeProposal>();
        var touched = scope is null ? proposals : proposals.Where(p => scope.Contains(p.KeepId) || scope.Contains(p.MergeId));
        foreach (var proposal in touched.Where(p => IsStrong(p, proposals, people)))
        {
            var a = Resolve(mergedInto, proposal.KeepId);
            var b = Resolve(mergedInto, proposal.MergeId);
            if (string.Equals(a, b, StringComparison.Ordinal))
            {
                continue;
            }
            var citingA = await CitingAsync(citing, a, cancellationToken).ConfigureAwait(false);
            var citingB = await CitingAsync(citing, b, cancellationToken).ConfigureAwait(false);
            // The more cited heading stays; on a tie the fuller one ("Kennedy, John F." over "Kennedy").
            var (keep, merge) = citingB.Count > citingA.Count || (citingB.Count == citingA.Count && Forenames(people, b) > Forenames(people, a)) ? (b, a) : (a, b);
            citing[keep].UnionWith(citing[merge]);
            citing.Remove(merge);
            merges.Add(new AuthorityMerge(keep, merge));
            mergedInto[merge] = keep;
            merged.Add(proposal with { KeepId = keep, MergeId = merge, KeepName = people.GetValueOrDefault(keep)?.PreferredName ?? keep, MergeName = people.GetValueOrDefault(merge)?.PreferredName ?? merge });
        }
        return (new CurationReport(merged, cleaned, added), new MergePlan(merges));
    }

    /// <summary>Makes the merges of <paramref name="plan"/>, in one transaction for them all: a record citing several of the merged is rewritten once.</summary>
    public async Task MergeAsync(MergePlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Merges.Count > 0)
        {
            await new AuthorityService(store).MergeAllAsync(plan.Merges, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(int Cleaned, int Added)> CleanAsync(CancellationToken cancellationToken)
    {
        var changed = new List<Authority>();
        var cleaned = 0;
        var added = 0;
        await foreach (var authority in store.Authorities.StreamAsync(cancellationToken).ConfigureAwait(false))
        {
            var fixes = VariantHygiene.Clean(authority);
            var forms = 0;
            foreach (var form in CyrillicForms.For(authority))
            {
                if (!authority.Variants.Exists(v => string.Equals(v.Name, form, StringComparison.Ordinal)))
                {
                    authority.Variants.Add(new NameVariant { Name = form, Lang = "ru" });
                    forms++;
                }
            }
            if (fixes + forms > 0)
            {
                changed.Add(authority);
                cleaned += fixes;
                added += forms;
            }
        }
        if (changed.Count > 0)
        {
            // The store merges variants on upsert, so the cleaned authorities replace the stored ones.
            await using var transaction = await store.BeginImportAsync(cancellationToken).ConfigureAwait(false);
            foreach (var authority in changed)
            {
                await transaction.DeleteAuthorityAsync(authority.Id, cancellationToken).ConfigureAwait(false);
            }
            await transaction.UpsertAuthoritiesAsync(changed, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        return (cleaned, added);
    }

    private static bool IsStrong(MergeProposal proposal, IReadOnlyList<MergeProposal> all, Dictionary<string, Authority> people)
    {
        if (proposal.Confidence >= StrongConfidence)
        {
            return true;
        }
        // A bare surname ("Kennedy") merges into the one candidate there is, or the one whose description agrees.
        foreach (var bareId in new[] { proposal.KeepId, proposal.MergeId })
        {
            if (!people.TryGetValue(bareId, out var bare) || PersonName.Parse(bare.PreferredName).Forenames.Count > 0)
            {
                continue;
            }
            var otherId = string.Equals(bareId, proposal.KeepId, StringComparison.Ordinal) ? proposal.MergeId : proposal.KeepId;
            var rivals = all.Where(p => p.KeepId == bareId || p.MergeId == bareId)
                .Select(p => p.KeepId == bareId ? p.MergeId : p.KeepId).Distinct(StringComparer.Ordinal).ToList();
            if (rivals.Count == 1)
            {
                return true;
            }
            var scores = rivals.ToDictionary(r => r, r => SharedWords(bare.Description, people.GetValueOrDefault(r)?.Description), StringComparer.Ordinal);
            var best = scores[otherId];
            return best > 0 && scores.Count(s => s.Value >= best) == 1;
        }
        return false;
    }

    private static int SharedWords(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return 0;
        }
        static HashSet<string> Words(string text) =>
            text.Split([' ', ',', ';', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 5)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var shared = Words(a);
        shared.IntersectWith(Words(b));
        return shared.Count;
    }

    private async Task<HashSet<string>> CitingAsync(Dictionary<string, HashSet<string>> citing, string id, CancellationToken cancellationToken)
    {
        if (!citing.TryGetValue(id, out var records))
        {
            citing[id] = records = (await store.Authorities.RecordIdsCitingAsync(id, cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        }
        return records;
    }

    private static int Forenames(Dictionary<string, Authority> people, string id) =>
        people.TryGetValue(id, out var person) ? PersonName.Parse(person.PreferredName).Forenames.Count : 0;

    private static string Resolve(Dictionary<string, string> mergedInto, string id)
    {
        while (mergedInto.TryGetValue(id, out var next))
        {
            id = next;
        }
        return id;
    }
}
