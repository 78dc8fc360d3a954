using System.Globalization;
using Dossier.Core.Storage;
using Dossier.Web.Catalogue;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

/// <summary>The archive by decade and year; ?year= lists that year's documents in date order.</summary>
public sealed class TimelineModel(CatalogueService catalogue) : PageModel
{
    /// <summary>A year's list stops here; its "search within" link reaches the rest.</summary>
    public const int MaxListed = 1000;

    public IReadOnlyList<IGrouping<string, (string Year, int Count)>> Decades { get; private set; } = [];

    public string? Year { get; private set; }

    public IReadOnlyList<CatalogueEntry>? Selected { get; private set; }

    /// <summary>How many documents the chosen year holds, listed or not.</summary>
    public int SelectedCount { get; private set; }

    public int Undated { get; private set; }

    public async Task OnGetAsync(string? year, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        Undated = snapshot.Counts.Undated;
        var years = snapshot.Counts.Years
            .Select(y => (Year: y.Year.ToString("0000", CultureInfo.InvariantCulture), y.Count))
            .ToList();
        Decades = years.GroupBy(y => y.Year[..3] + "0", StringComparer.Ordinal).ToList();
        var chosen = snapshot.Counts.Years.FirstOrDefault(y => string.Equals(y.Year.ToString("0000", CultureInfo.InvariantCulture), year, StringComparison.Ordinal));
        if (chosen is not null)
        {
            Year = year;
            SelectedCount = chosen.Count;
            Selected = await catalogue.ListAsync(new CatalogueFilter { Year = chosen.Year }, 0, MaxListed, cancellationToken).ConfigureAwait(false);
        }
    }
}
