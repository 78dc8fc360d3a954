using System.Globalization;
using Dossier.Core.Storage;
using Dossier.Web.Catalogue;
using Dossier.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

/// <summary>
/// The archival tree, one shelf at a time: repository → fond → opis → delo (or record group → box → folder…). A shelf
/// lists the shelves one level down, then the documents filed on it, by date, in pages of <see cref="PageSize"/>.
/// </summary>
public sealed class ArchivesModel(CatalogueService catalogue) : PageModel
{
    /// <summary>Shelves and documents listed on one page.</summary>
    public const int PageSize = 100;

    public ArchiveShelf Shelf { get; private set; } = null!;

    /// <summary>Shown with the shelves one level down when they take more than a page: the 100 FRUS volumes' Central Files hold 9,562 files.</summary>
    public const int FilterFrom = PageSize;

    /// <summary>The text that the shelves listed contain (any case), or null for all of them.</summary>
    public string? Filter { get; private set; }

    /// <summary>The shelves one level down that <see cref="Filter"/> lets through.</summary>
    public int Listed { get; private set; }

    /// <summary>This page's part of the shelves one level down.</summary>
    public IReadOnlyList<ShelfLink> Children { get; private set; } = [];

    /// <summary>This page's part of the documents filed on the shelf.</summary>
    public IReadOnlyList<CatalogueEntry> Documents { get; private set; } = [];

    public ResultPages Pages { get; private set; } = null!;

    /// <param name="q">Only the shelves one level down whose names contain this text (any case).</param>
    /// <param name="page">The page of the shelf's listing, from 1.</param>
    /// <param name="cancellationToken">The request's.</param>
    public async Task<IActionResult> OnGetAsync(string? q, [FromQuery(Name = "page")] int page, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        if (Path() is not { } path || ArchiveShelf.Find(snapshot.Tree, path) is not { } shelf)
        {
            return NotFound();
        }
        Shelf = shelf;
        Filter = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var children = Filter is null ? shelf.Children : shelf.Named(Filter);
        Listed = children.Count;
        // One listing, one pager: the shelves, then the documents filed here.
        var pageCount = Math.Max(1, (children.Count + shelf.Here + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pageCount);
        var from = (current - 1) * PageSize;
        Children = [.. children.Skip(from).Take(PageSize)];
        var room = PageSize - Children.Count;
        if (room > 0 && shelf.Here > 0 && shelf.Place is { } place)
        {
            var offset = Math.Max(0, from - children.Count);
            Documents = await catalogue.ListAsync(new CatalogueFilter { Shelf = place }, offset, room, cancellationToken).ConfigureAwait(false);
        }
        var href = ArchiveShelf.Href(shelf.Place) + (Filter is null ? "" : (shelf.Place is null ? "?" : "&") + "q=" + Uri.EscapeDataString(Filter));
        Pages = new ResultPages(current, pageCount, p => href + (href.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "page=" + p.ToString(CultureInfo.InvariantCulture));
        return Page();
    }

    /// <summary>The shelf asked for: its repository, then each level from the top down; empty for the root, null for an address no shelf has.</summary>
    private List<string>? Path()
    {
        var query = Request.Query;
        var path = new List<string>();
        if (!query.TryGetValue(ArchiveShelf.RepositoryKey, out var repository))
        {
            return query.ContainsKey(ArchiveShelf.LevelKey(1)) ? null : path;
        }
        for (var depth = 0; ; depth++)
        {
            var value = depth == 0 ? repository : query[ArchiveShelf.LevelKey(depth)];
            if (depth > 0 && value.Count == 0)
            {
                return path;
            }
            if (value.Count != 1 || string.IsNullOrEmpty(value[0]))
            {
                return null;
            }
            path.Add(value[0]!);
        }
    }
}
