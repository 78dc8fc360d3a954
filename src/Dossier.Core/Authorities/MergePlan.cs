namespace Dossier.Core.Authorities;

/// <summary>
/// Merges decided and not yet made, in order (<see cref="AuthorityService.MergeAllAsync"/> makes them): what the people
/// and places are once they are made. The import's aftercare links its records again against the people as merged
/// (<see cref="Names.NameRelinker"/>) before it makes the merges, so that a record citing a merged person is rewritten
/// once, by the relinking, instead of once by the merge and again by the relinking (the 100 FRUS volumes' first import
/// rewrote 14,007 records for its 1,064 merges, then relinked 29,165). The store holds the merged people until the
/// merges are made, so every record cites someone it holds at every step.
/// </summary>
public sealed class MergePlan(IReadOnlyList<AuthorityMerge> merges)
{
    private readonly Dictionary<string, string> _mergedInto = merges.ToDictionary(m => m.MergeId, m => m.KeepId, StringComparer.Ordinal);

    public static MergePlan None { get; } = new([]);

    public IReadOnlyList<AuthorityMerge> Merges { get; } = merges;

    /// <summary>Points the record's links to a merged authority at the one it ends in, as the merges will; true when one moved.</summary>
    public bool Remap(Records.ArchiveRecord record) =>
        _mergedInto.Count > 0 && AuthorityService.Relink(record, _mergedInto.ContainsKey, Survivor, _ => true);

    /// <summary>The authority <paramref name="id"/> ends in, following merges into authorities merged later.</summary>
    private string Survivor(string id)
    {
        while (_mergedInto.TryGetValue(id, out var next))
        {
            id = next;
        }
        return id;
    }

    /// <summary>
    /// <paramref name="authorities"/> as they will stand once the merges are made, in their order: each merged one
    /// folded into the one it is merged into (<see cref="Fold"/>, changing that one) and left out.
    /// </summary>
    public List<Authority> Apply(IReadOnlyList<Authority> authorities)
    {
        ArgumentNullException.ThrowIfNull(authorities);
        if (Merges.Count == 0)
        {
            return [.. authorities];
        }
        var byId = authorities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var merged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keepId, mergeId) in Merges)
        {
            if (byId.TryGetValue(keepId, out var keep) && byId.TryGetValue(mergeId, out var merge))
            {
                Fold(keep, merge, mergeId);
            }
            merged.Add(mergeId);
        }
        return authorities.Where(a => !merged.Contains(a.Id)).ToList();
    }

    /// <summary>Folds <paramref name="merge"/>'s headings, variants, source keys and merged ids into <paramref name="keep"/>, as the store will hold it.</summary>
    internal static void Fold(Authority keep, Authority merge, string mergeId)
    {
        AddVariant(keep, merge.PreferredName, null);
        foreach (var variant in merge.Variants)
        {
            AddVariant(keep, variant.Name, variant);
        }
        foreach (var key in merge.SourceKeys.Where(k => !keep.SourceKeys.Contains(k, StringComparer.Ordinal)))
        {
            keep.SourceKeys.Add(key);
        }
        keep.Description ??= merge.Description;
        // The merged id (and those merged into it before) keep answering, with the kept authority's address.
        keep.MergedIds = [.. (keep.MergedIds ?? []).Union(merge.MergedIds ?? [], StringComparer.Ordinal).Union([mergeId], StringComparer.Ordinal).Where(id => !string.Equals(id, keep.Id, StringComparison.Ordinal))];
        // As the store will hold it: junk spellings never reach it (a merged one's junk would weigh in the gazetteer).
        VariantHygiene.Clean(keep);
    }

    private static void AddVariant(Authority authority, string name, NameVariant? from)
    {
        if (string.IsNullOrWhiteSpace(name) || string.Equals(name, authority.PreferredName, StringComparison.Ordinal)
            || authority.Variants.Any(v => string.Equals(v.Name, name, StringComparison.Ordinal)))
        {
            return;
        }
        authority.Variants.Add(new NameVariant { Name = name, Lang = from?.Lang, Source = from?.Source });
    }
}
