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

    public static Task<NameSnapshot> TakeAsync(IAuthorityStore authorities, CancellationToken cancellationToken = default) =>
        TakeAsync(authorities, MergePlan.None, cancellationToken);

    /// <summary>The spellings as they stand once <paramref name="plan"/>'s merges are made.</summary>
    public static async Task<NameSnapshot> TakeAsync(IAuthorityStore authorities, MergePlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authorities);
        var spellings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var authority in await NamedAsync(authorities, plan, cancellationToken).ConfigureAwait(false))
        {
            spellings[authority.Id] = Spellings(authority);
        }
        return new NameSnapshot(spellings);
    }

    /// <summary>The people and places that are new since the snapshot or have a spelling it did not hold, whole.</summary>
    public Task<IReadOnlyList<Authority>> ChangedSinceAsync(IAuthorityStore authorities, CancellationToken cancellationToken = default) =>
        ChangedSinceAsync(authorities, MergePlan.None, cancellationToken);

    /// <summary>As <see cref="ChangedSinceAsync(IAuthorityStore, CancellationToken)"/>, the people as they stand once <paramref name="plan"/>'s merges are made.</summary>
    public async Task<IReadOnlyList<Authority>> ChangedSinceAsync(IAuthorityStore authorities, MergePlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authorities);
        var changed = new List<Authority>();
        foreach (var authority in await NamedAsync(authorities, plan, cancellationToken).ConfigureAwait(false))
        {
            if (!_spellings.TryGetValue(authority.Id, out var before) || !Spellings(authority).IsSubsetOf(before))
            {
                changed.Add(authority);
            }
        }
        return changed;
    }

    /// <summary>
    /// The lookup forms (<see cref="NameGazetteer.Lookups"/>) under which a record may link otherwise now that
    /// <paramref name="changed"/> changed: every form of a new person or place; for a known one, the forms its new
    /// spellings brought, those whose answer they changed (a forename, a spelling a short key must be close to), and
    /// those it shares with a namesake in <paramref name="gazetteer"/> (its weight among them grew with its spellings).
    /// A record holding none of them is linked as before.
    /// </summary>
    public IReadOnlySet<string> FreshForms(IEnumerable<Authority> changed, NameGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var authority in changed)
        {
            var before = _spellings.TryGetValue(authority.Id, out var spellings)
                ? NameGazetteer.Of([AsItWas(authority, spellings)]).Lookups().ToHashSet()
                : [];
            foreach (var lookup in NameGazetteer.Of([authority]).Lookups())
            {
                if (!before.Contains(lookup) || gazetteer.Shared(lookup.Form))
                {
                    forms.Add(lookup.Form);
                }
            }
        }
        return forms;
    }

    // The authority with the spellings the snapshot held (the preferred one among them, in order, counts alike).
    private static Authority AsItWas(Authority authority, HashSet<string> spellings)
    {
        var names = spellings.Order(StringComparer.Ordinal).ToList();
        var preferred = spellings.Contains(authority.PreferredName) ? authority.PreferredName : names[0];
        return new Authority
        {
            Id = authority.Id,
            Kind = authority.Kind,
            PreferredName = preferred,
            Description = authority.Description,
            Variants = names.Where(n => !string.Equals(n, preferred, StringComparison.Ordinal)).Select(n => new NameVariant { Name = n }).ToList(),
        };
    }

    private static async Task<List<Authority>> NamedAsync(IAuthorityStore authorities, MergePlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var all = new List<Authority>();
        foreach (var kind in new[] { AuthorityKind.Person, AuthorityKind.Place })
        {
            all.AddRange(await authorities.SearchAsync(kind, null, int.MaxValue, cancellationToken).ConfigureAwait(false));
        }
        return plan.Apply(all);
    }

    private static HashSet<string> Spellings(Authority authority) =>
        authority.Variants.Select(v => v.Name).Prepend(authority.PreferredName).ToHashSet(StringComparer.Ordinal);
}
