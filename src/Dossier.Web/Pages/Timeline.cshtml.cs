using System.Globalization;
using Dossier.Core.Composition;
using Dossier.Web.Catalogue;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

/// <summary>The archive by decade and year; ?year= lists that year's documents in date order.</summary>
public sealed class TimelineModel(Archive archive, CatalogueService catalogue) : PageModel
{
    public IReadOnlyList<IGrouping<string, (string Year, IReadOnlyList<CatalogueEntry> Documents)>> Decades { get; private set; } = [];

    public string? Year { get; private set; }

    public IReadOnlyList<CatalogueEntry>? Selected { get; private set; }

    public int Undated { get; private set; }

    public async Task OnGetAsync(string? year, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        var entries = snapshot.Public(archive.Time.GetUtcNow()).ToList();
        Undated = entries.Count(e => e.Date is null);
        var years = entries
            .Where(e => e.Date is not null)
            .GroupBy(e => e.Date!.Start.Year)
            .OrderBy(g => g.Key)
            .Select(g => (Year: g.Key.ToString("0000", CultureInfo.InvariantCulture),
                Documents: (IReadOnlyList<CatalogueEntry>)g.OrderBy(e => e.Date!.Start).ThenBy(e => e.Title, StringComparer.Ordinal).ToList()))
            .ToList();
        Decades = years.GroupBy(y => y.Year[..3] + "0", StringComparer.Ordinal).ToList();
        var chosen = years.FirstOrDefault(y => string.Equals(y.Year, year, StringComparison.Ordinal));
        if (chosen.Documents is not null)
        {
            Year = chosen.Year;
            Selected = chosen.Documents;
        }
    }
}
