using Dossier.Core.Authorities;
using Dossier.Core.Storage;

namespace Dossier.Core.Names;

/// <summary>
/// The spellings of every person and place as they stood before a write (an import, a tidy), so that afterwards
/// <see cref="NameRelinker"/> looks only for the names new to the gazetteer, not for every name again.
/// </summary>
public sealed class NameSnapshot
{
    private readonly Dictionary<string, HashSet<string>> _spellings;

    private NameSnapshot(Dictionary<string, HashSet<string>> spellings) => _spellings = spellings;

    /// <summary>Nothing known: every person and place counts as new (a full relink).</summary>
    public static NameSnapshot Empty { get; } = new(new Dictionary<string, HashSet<string>>(StringComparer.Ordinal));

    /// <summary>How many people and places the snapshot holds.</summary>
    public int Count => _spellings.Count;

    public static async Task<NameSnapshot> TakeAsync(IAuthorityStore authorities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authorities);
        var spellings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var authority in await NamedAsync(authorities, cancellationToken).ConfigureAwait(false))
        {
            spellings[authority.Id] = Spellings(authority);
        }
        return new NameSnapshot(spellings);
    }

    /// <summary>The people and places that are new since the snapshot or have a spelling it did not hold, whole.</summary>
    public async Task<IReadOnlyList<Authority>> ChangedSinceAsync(IAuthorityStore authorities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authorities);
        var changed = new List<Authority>();
        foreach (var authority in await NamedAsync(authorities, cancellationToken).ConfigureAwait(false))
        {
            if (!_spellings.TryGetValue(authority.Id, out var before) || !Spellings(authority).IsSubsetOf(before))
            {
                changed.Add(authority);
            }
        }
        return changed;
    }

    private static async Task<List<Authority>> NamedAsync(IAuthorityStore authorities, CancellationToken cancellationToken)
    {
        var all = new List<Authority>();
        foreach (var kind in new[] { AuthorityKind.Person, AuthorityKind.Place })
        {
            all.AddRange(await authorities.SearchAsync(kind, null, int.MaxValue, cancellationToken).ConfigureAwait(false));
        }
        return all;
    }

    private static HashSet<string> Spellings(Authority authority) =>
        authority.Variants.Select(v => v.Name).Prepend(authority.PreferredName).ToHashSet(StringComparer.Ordinal);
}
