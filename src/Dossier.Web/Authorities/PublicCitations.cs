using Dossier.Core.Authorities;
using Dossier.Core.Storage;

namespace Dossier.Web.Authorities;

/// <summary>
/// Which authorities the public records cite, and which of the given authorities' sources are hidden: ids of
/// records not public now and of collections holding no public record. Name variants and source keys seen only
/// in a hidden source are left out of what the public is shown. Asked of the store each time, for the
/// authorities at hand only; the collections the catalogue counts public records in are not asked about, since the store
/// asks about each collection with a query of its own (on the 100 FRUS volumes, the people list's fifty people named
/// about a hundred volumes: half of the page's time).
/// </summary>
internal sealed class PublicCitations
{
    private readonly IReadOnlySet<string> _hiddenSources;

    private PublicCitations(IReadOnlySet<string> cited, IReadOnlySet<string> hiddenSources)
    {
        Cited = cited;
        _hiddenSources = hiddenSources;
    }

    /// <summary>The authorities cited by at least one public record.</summary>
    public IReadOnlySet<string> Cited { get; }

    /// <summary>What the public may see of <paramref name="authorities"/>, given the authorities public records cite.</summary>
    public static async Task<PublicCitations> OfAsync(
        ICatalogueSummaries summaries, IReadOnlySet<string> cited, IReadOnlySet<string> publicCollections, IEnumerable<Authority> authorities, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(authorities);
        var sources = authorities
            .SelectMany(a => a.Variants.Select(v => v.Source).OfType<string>().Concat(a.SourceKeys.Select(SourceOf)))
            .ToHashSet(StringComparer.Ordinal);
        var hidden = await summaries.HiddenAsync(sources, now, publicCollections, cancellationToken).ConfigureAwait(false);
        return new PublicCitations(cited, hidden);
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
            SourceKeys = authority.SourceKeys.Where(k => !_hiddenSources.Contains(SourceOf(k))).ToList(),
        };
    }

    /// <summary>"frus1961-63v06#p_KNS1": the part before '#' names the source.</summary>
    private static string SourceOf(string key) => key.Split('#')[0];
}
