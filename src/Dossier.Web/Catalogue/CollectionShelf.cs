using System.Globalization;
using Dossier.Core.Collections;

namespace Dossier.Web.Catalogue;

/// <summary>
/// The collections as the public sees them: only those holding a public document (a collection named only by
/// drafts, embargoed or withdrawn records does not exist for the public), described by the stored collection or,
/// failing that, by a public record's membership title, with their public documents in order.
/// </summary>
public static class CollectionShelf
{
    public static IReadOnlyList<(Collection Collection, IReadOnlyList<CatalogueEntry> Documents)> Arrange(
        IReadOnlyList<Collection> stored, IEnumerable<CatalogueEntry> publicEntries)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(publicEntries);
        var members = new Dictionary<string, List<(CatalogueEntry Entry, string? Number)>>(StringComparer.Ordinal);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in publicEntries.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            foreach (var membership in entry.Collections)
            {
                if (!members.TryGetValue(membership.CollectionId, out var list))
                {
                    members[membership.CollectionId] = list = [];
                }
                list.Add((entry, membership.Number));
                titles.TryAdd(membership.CollectionId, membership.Title);
            }
        }
        var collections = stored.Where(c => members.ContainsKey(c.Id)).ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var (id, title) in titles)
        {
            collections.TryAdd(id, new Collection { Id = id, Title = string.IsNullOrWhiteSpace(title) ? id : title });
        }
        return collections.Values
            .OrderBy(c => c.Title, StringComparer.Ordinal)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => (c, (IReadOnlyList<CatalogueEntry>)members[c.Id]
                .OrderBy(m => NumberKey(m.Number))
                .ThenBy(m => m.Entry.Date?.Start ?? DateOnly.MaxValue)
                .ThenBy(m => m.Entry.Id, StringComparer.Ordinal)
                .Select(m => m.Entry)
                .ToList()))
            .ToList();
    }

    private static long NumberKey(string? number) =>
        long.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
}
