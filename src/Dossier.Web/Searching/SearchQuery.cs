using System.Globalization;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Microsoft.AspNetCore.Http;

namespace Dossier.Web.Searching;

/// <summary>
/// The search's state as it travels in a URL (the page's GET form and the API share it), parsed into a
/// <see cref="SearchRequest"/> with a message per bad parameter (RFC 9457 validation errors).
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLimit = 100;

    public string Q { get; init; } = "";

    public IReadOnlyList<string> Languages { get; init; } = [];

    public IReadOnlyList<string> Kinds { get; init; } = [];

    public IReadOnlyList<string> Collections { get; init; } = [];

    public IReadOnlyList<string> Repositories { get; init; } = [];

    /// <summary>Shelves of the archival tree (<see cref="Core.Storage.Shelf.Key"/>: the repository, then each level, a line each).</summary>
    public IReadOnlyList<string> Shelves { get; init; } = [];

    public IReadOnlyList<string> People { get; init; } = [];

    public IReadOnlyList<string> Places { get; init; } = [];

    public IReadOnlyList<string> Subjects { get; init; } = [];

    public string? From { get; init; }

    public string? To { get; init; }

    public DateOnly? FromDate { get; init; }

    public DateOnly? ToDate { get; init; }

    public SearchSort Sort { get; init; }

    public int Limit { get; init; }

    public int Offset { get; init; }

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool IsValid => Errors.Count == 0;

    public static SearchQuery Parse(IQueryCollection query, int defaultLimit)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var limit = ParseInt(query, "limit", defaultLimit, 1, MaxLimit, errors);
        var offset = ParseInt(query, "offset", 0, 0, 1_000_000, errors);
        if (query.ContainsKey("page") && !query.ContainsKey("offset"))
        {
            var page = ParseInt(query, "page", 1, 1, 100_000, errors);
            offset = (page - 1) * limit;
        }
        var from = Single(query, "from");
        var to = Single(query, "to");
        var parsed = new SearchQuery
        {
            Q = Single(query, "q") ?? "",
            Languages = Many(query, "lang"),
            Kinds = Many(query, "kind"),
            Collections = Many(query, "collection"),
            Repositories = Many(query, "repository"),
            Shelves = Many(query, "shelf"),
            People = Many(query, "person"),
            Places = Many(query, "place"),
            Subjects = Many(query, "subject"),
            From = from,
            To = to,
            FromDate = ParseDate(from, "from", start: true, errors),
            ToDate = ParseDate(to, "to", start: false, errors),
            Sort = ParseSort(Single(query, "sort"), errors),
            Limit = limit,
            Offset = offset,
        };
        if (parsed.FromDate is { } f && parsed.ToDate is { } t && f > t)
        {
            errors["to"] = ["'to' must not be before 'from'."];
        }
        foreach (var (key, value) in errors)
        {
            parsed.Errors[key] = value;
        }
        return parsed;
    }

    public SearchRequest ToRequest(bool facets) => new()
    {
        Query = Q,
        Limit = Limit,
        Offset = Offset,
        Languages = Languages,
        LayerKinds = Kinds,
        Collections = Collections,
        Repositories = Repositories,
        Shelves = Shelves,
        People = People,
        Places = Places,
        Subjects = Subjects,
        From = FromDate,
        To = ToDate,
        Sort = Sort,
        Facets = facets,
        IncludeNonPublic = false,
    };

    public static string SortName(SearchSort sort) => sort switch
    {
        SearchSort.DateAscending => "date",
        SearchSort.DateDescending => "-date",
        _ => "relevance",
    };

    private static SearchSort ParseSort(string? value, Dictionary<string, string[]> errors) => value switch
    {
        null or "" or "relevance" => SearchSort.Relevance,
        "date" or "date_asc" => SearchSort.DateAscending,
        "-date" or "date_desc" => SearchSort.DateDescending,
        _ => Fail(errors, "sort", "'sort' must be one of: relevance, date, -date.", SearchSort.Relevance),
    };

    private static DateOnly? ParseDate(string? value, string name, bool start, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var date = HistoricalDateParser.Parse(value);
        if (date is null)
        {
            return Fail<DateOnly?>(errors, name, $"'{name}' must be a date such as 1955, 1955-08 or 1955-08-02.", null);
        }
        return start ? date.Start : date.End;
    }

    private static int ParseInt(IQueryCollection query, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        var value = Single(query, name);
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            return Fail(errors, name, string.Create(CultureInfo.InvariantCulture, $"'{name}' must be a whole number from {min} to {max}."), fallback);
        }
        return number;
    }

    private static T Fail<T>(Dictionary<string, string[]> errors, string name, string message, T fallback)
    {
        errors[name] = [message];
        return fallback;
    }

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) ? values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() : null;

    private static List<string> Many(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values)
            ? values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList()
            : [];
}
