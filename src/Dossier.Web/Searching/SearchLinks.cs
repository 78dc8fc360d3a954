using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Dossier.Web.Searching;

/// <summary>
/// Links that change one thing of the search state held in the URL (add a filter, go to a page, sort). A search page
/// links every facet value shown (a hundred and more), so the state's pairs are read from the URL once, and a filter
/// not yet set is added to the kept state's link as written once.
/// </summary>
public sealed class SearchLinks(IQueryCollection query)
{
    private static readonly HashSet<string> Paging = new(StringComparer.Ordinal) { "page", "offset" };

    private List<KeyValuePair<string, string>>? _pairs;

    private string? _kept;

    public string With(string key, string value)
    {
        if (Has(key, value))
        {
            return Build(Pairs().Where(p => !Paging.Contains(p.Key) && !(p.Key == key && p.Value == value)).Append(new(key, value)));
        }
        // The kept state, then this pair: what Build writes for them all, without writing the kept pairs again.
        _kept ??= Build(Pairs().Where(p => !Paging.Contains(p.Key)));
        var added = new QueryBuilder { { key, value } }.ToQueryString().Value!;
        return _kept.Contains('?', StringComparison.Ordinal) ? string.Concat(_kept, "&", added.AsSpan(1)) : _kept + added;
    }

    public string Without(string key, string value) =>
        Build(Pairs().Where(p => !Paging.Contains(p.Key) && !(p.Key == key && p.Value == value)));

    /// <summary>Replaces every value of the given keys (a date range, the sort order).</summary>
    public string Set(params (string Key, string Value)[] values) =>
        Build(Pairs()
            .Where(p => !Paging.Contains(p.Key) && !values.Any(v => v.Key == p.Key))
            .Concat(values.Where(v => v.Value.Length > 0).Select(v => new KeyValuePair<string, string>(v.Key, v.Value))));

    public string Page(int page) =>
        Build(Pairs().Where(p => !Paging.Contains(p.Key)).Append(new("page", page.ToString(CultureInfo.InvariantCulture))));

    public bool Has(string key, string value) =>
        query.TryGetValue(key, out var values) && values.Contains(value, StringComparer.Ordinal);

    private List<KeyValuePair<string, string>> Pairs() =>
        _pairs ??= [.. query.SelectMany(q => q.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => new KeyValuePair<string, string>(q.Key, v!)))];

    private static string Build(IEnumerable<KeyValuePair<string, string>> pairs) =>
        "/search" + new QueryBuilder(pairs).ToQueryString();
}
