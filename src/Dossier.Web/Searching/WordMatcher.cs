using System.Text.RegularExpressions;
using Dossier.Core.Search;

namespace Dossier.Web.Searching;

/// <summary>
/// Plain case-insensitive matching of a query's words at word starts: how the reading room marks search
/// terms in a document's text when it has no analyzed terms from the index, and how the store-scan search matches.
/// </summary>
public sealed partial class WordMatcher
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "TO" };

    private readonly Regex? _pattern;

    public WordMatcher(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Terms = terms
            .Select(t => t.Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length)
            .ToList();
        if (Terms.Count > 0)
        {
            var alternatives = string.Join("|", Terms.Select(Regex.Escape));
            _pattern = new Regex(@"(?<![\p{L}\p{N}])(?:" + alternatives + ")[\\p{L}\\p{N}\\p{Mn}]*",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    public IReadOnlyList<string> Terms { get; }

    public bool IsEmpty => _pattern is null;

    /// <summary>The words of a query as typed: field prefixes, operators, quotes and wildcards dropped.</summary>
    public static IReadOnlyList<string> WordsOf(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }
        return WordPattern().Matches(query)
            .Select(m => m.Value)
            .Where(w => !Operators.Contains(w))
            .ToList();
    }

    /// <summary>
    /// What to mark in one record for a query: every spelling the search matched in that record (the same rules as the
    /// search, over all its layers), or the query's own words when the search does not find the record.
    /// </summary>
    public static async Task<WordMatcher> ForRecordAsync(SearchService search, string recordId, string? terms, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (string.IsNullOrWhiteSpace(terms) || terms.Length > 500)
        {
            return new WordMatcher([]);
        }
        var result = await search.SearchAsync(new SearchRequest { Query = terms, RecordIds = [recordId], Limit = 1, Snippets = 0 }, cancellationToken).ConfigureAwait(false);
        var hit = result.Hits.FirstOrDefault(h => string.Equals(h.Id, recordId, StringComparison.Ordinal));
        return hit is { Matched.Count: > 0 } ? new WordMatcher(hit.Matched) : new WordMatcher(WordsOf(terms));
    }

    /// <summary>The highlighted spans of search snippets ("Пишевери" for a query "Pishevari").</summary>
    public static IEnumerable<string> HighlightedIn(IEnumerable<Snippet> snippets)
    {
        ArgumentNullException.ThrowIfNull(snippets);
        foreach (var snippet in snippets)
        {
            foreach (var highlight in snippet.Highlights)
            {
                if (highlight.Start >= 0 && highlight.Length > 0 && highlight.Start + highlight.Length <= snippet.Text.Length)
                {
                    yield return snippet.Text.Substring(highlight.Start, highlight.Length);
                }
            }
        }
    }

    public IReadOnlyList<Highlight> Find(string text)
    {
        if (_pattern is null || string.IsNullOrEmpty(text))
        {
            return [];
        }
        try
        {
            return _pattern.Matches(text).Select(m => new Highlight(m.Index, m.Length)).ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\p{Mn}'’\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
