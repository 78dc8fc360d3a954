using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Dossier.Web.Endpoints;

/// <summary>limit/offset paging for the API: parsed by hand so bad values become validation problems, never 500s.</summary>
public readonly record struct Paging(int Limit, int Offset)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static Paging Parse(HttpRequest request, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        return new Paging(
            ParseInt(request, "limit", DefaultLimit, 1, MaxLimit, errors),
            ParseInt(request, "offset", 0, 0, 1_000_000, errors));
    }

    public Page<T> Of<T>(IEnumerable<T> all, HttpRequest request)
    {
        var list = all as IReadOnlyList<T> ?? all.ToList();
        var items = list.Skip(Offset).Take(Limit).ToList();
        return new Page<T>(items, list.Count, Limit, Offset, NextLink(request, Offset + Limit < list.Count));
    }

    public string? NextLink(HttpRequest request, bool hasMore)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!hasMore)
        {
            return null;
        }
        var query = new QueryBuilder(request.Query
            .Where(q => !string.Equals(q.Key, "offset", StringComparison.Ordinal))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))))
        {
            { "offset", (Offset + Limit).ToString(CultureInfo.InvariantCulture) },
        };
        return request.PathBase + request.Path + query.ToQueryString();
    }

    private static int ParseInt(HttpRequest request, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        var value = request.Query[name].FirstOrDefault();
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }
        errors[name] = [string.Create(CultureInfo.InvariantCulture, $"'{name}' must be a whole number from {min} to {max}.")];
        return fallback;
    }
}
