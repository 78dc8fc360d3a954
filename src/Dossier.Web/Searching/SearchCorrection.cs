using Microsoft.AspNetCore.Http;

namespace Dossier.Web.Searching;

/// <summary>
/// The search page's correction of a query that found nothing: the page moves to the first suggestion's documents, the
/// address naming what was typed (<see cref="TypedKey"/>) so the page can say so and offer to search as typed
/// (<see cref="AsTypedKey"/>, which is never corrected).
/// </summary>
public static class SearchCorrection
{
    public const string TypedKey = "typed";

    public const string AsTypedKey = "as_typed";

    /// <summary>Longer than this, a typed query is not repeated on the page.</summary>
    private const int MaxShown = 200;

    /// <summary>Whether the address asks for the query as typed.</summary>
    public static bool AsTyped(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.TryGetValue(AsTypedKey, out var values) && values.Contains("1", StringComparer.Ordinal);
    }

    /// <summary>
    /// What was typed, to say the page shows <paramref name="q"/> instead: only when the page found something and the two
    /// differ (the parameter is the address's, written by anyone: it is only ever shown as text).
    /// </summary>
    public static string? Typed(IQueryCollection query, string q, int total)
    {
        ArgumentNullException.ThrowIfNull(query);
        var typed = query.TryGetValue(TypedKey, out var values) ? values.FirstOrDefault()?.Trim() : null;
        return total > 0 && !string.IsNullOrEmpty(typed) && typed.Length <= MaxShown && !string.Equals(typed, q, StringComparison.Ordinal)
            ? typed
            : null;
    }
}
