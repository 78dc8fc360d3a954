using System.Globalization;
using Dossier.Web.Catalogue;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

/// <summary>Home: what the archive holds, by collection, language and decade, and what came in last.</summary>
public sealed class IndexModel(CatalogueService catalogue, CollectionService collections, Searching.SearchService search) : PageModel
{
    public int Total { get; private set; }

    public IReadOnlyList<(string Id, string Title, int Count)> Collections { get; private set; } = [];

    public IReadOnlyList<(string Tag, int Count)> Languages { get; private set; } = [];

    public IReadOnlyList<(string Decade, int Count)> Decades { get; private set; } = [];

    public IReadOnlyList<CatalogueEntry> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        Total = snapshot.Counts.Total;
        var shelf = await collections.ShelfAsync(cancellationToken).ConfigureAwait(false);
        Collections = shelf.Where(s => s.Count > 0).Select(s => (s.Collection.Id, s.Collection.Title, s.Count)).ToList();
        // Counted by the search the links open, so "Russian 1" finds 1: the index counts documents with a layer in the language.
        var everything = await search.SearchAsync(new Dossier.Core.Search.SearchRequest { Query = "", Limit = 1, Facets = true, Snippets = 0 }, cancellationToken).ConfigureAwait(false);
        Languages = everything.Facets.TryGetValue("lang", out var languages)
            ? languages.Where(l => l.Count > 0).Select(l => (l.Value, l.Count)).ToList()
            : [];
        Decades = snapshot.Counts.Years
            .GroupBy(y => (y.Year / 10 * 10).ToString("0000", CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(y => y.Count)))
            .ToList();
        Recent = await catalogue.RecentAsync(cancellationToken).ConfigureAwait(false);
    }
}
