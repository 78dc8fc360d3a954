using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Dossier.Web.Searching;

/// <summary>Links that change one thing of the search state held in the URL (add a filter, go to a page, sort).</summary>
public sealed class SearchLinks(IQueryCollection query)
{
    private static readonly HashSet<string> Paging = new(StringComparer.Ordinal) { "page", "offset" };

    public string With(string key, string value) =>
        Build(Pairs().Where(p => !Paging.Contains(p.Key) && !(p.Key == key && p.Value == value)).Append(new(key, value)));

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

    private IEnumerable<KeyValuePair<string, string>> Pairs() =>
        query.SelectMany(q => q.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => new KeyValuePair<string, string>(q.Key, v!)));

    private static string Build(IEnumerable<KeyValuePair<string, string>> pairs) =>
        "/search" + new QueryBuilder(pairs).ToQueryString();
}
