using Dossier.Core.Authorities;
using Dossier.Web.Catalogue;

namespace Dossier.Web.Authorities;

/// <summary>
/// Which authorities the public records cite, and which sources are hidden: the ids of records not public now and
/// of collections holding no public record. Name variants and source keys seen only in a hidden source are left
/// out of what the public is shown.
/// </summary>
internal sealed class PublicCitations
{
    private readonly HashSet<string> _hiddenSources;

    private PublicCitations(Dictionary<string, IReadOnlyList<CatalogueEntry>> citing, HashSet<string> hiddenSources)
    {
        Citing = citing;
        _hiddenSources = hiddenSources;
    }

    /// <summary>Authority id to the public records citing it, in id order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CatalogueEntry>> Citing { get; }

    public static PublicCitations Of(CatalogueSnapshot snapshot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var citing = new Dictionary<string, List<CatalogueEntry>>(StringComparer.Ordinal);
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        var publicCollections = new HashSet<string>(StringComparer.Ordinal);
        var anyCollections = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in snapshot.Entries.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var visible = entry.IsPublicAt(now);
            foreach (var membership in entry.Collections)
            {
                anyCollections.Add(membership.CollectionId);
                if (visible)
                {
                    publicCollections.Add(membership.CollectionId);
                }
            }
            if (!visible)
            {
                hidden.Add(entry.Id);
                hidden.Add(entry.SourceId);
                continue;
            }
            foreach (var id in entry.AuthorityIds)
            {
                if (!citing.TryGetValue(id, out var list))
                {
                    citing[id] = list = [];
                }
                list.Add(entry);
            }
        }
        anyCollections.ExceptWith(publicCollections);
        hidden.UnionWith(anyCollections);
        return new PublicCitations(citing.ToDictionary(p => p.Key, p => (IReadOnlyList<CatalogueEntry>)p.Value, StringComparer.Ordinal), hidden);
    }

    /// <summary>A copy of <paramref name="authority"/> without the variants and source keys only hidden sources gave.</summary>
    public Authority PublicView(Authority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        return new Authority
        {
            Id = authority.Id,
            Kind = authority.Kind,
            PreferredName = authority.PreferredName,
            Description = authority.Description,
            Variants = authority.Variants.Where(v => v.Source is null || !_hiddenSources.Contains(v.Source)).ToList(),
            // "frus1961-63v06#p_KNS1": the part before '#' names the source.
            SourceKeys = authority.SourceKeys.Where(k => !_hiddenSources.Contains(k.Split('#')[0])).ToList(),
        };
    }
}
