using System.Collections.Concurrent;
using Dossier.Core.Search;
using Dossier.Search.Analysis;
using Dossier.Search.Indexing;

namespace Dossier.Search.Querying;

/// <summary>
/// The search's word matcher (<see cref="MatchWord"/>) applied to a name: each typed word must match a word of the name
/// as written, stemmed, romanized from any script, by skeleton key or within the edits search allows, and by nothing
/// looser. The People and Places finders use it, so "Хрущев", "Khrushchov" and "Kruschev" find Khrushchev there as in
/// search, and "Берия" finds neither Bayar nor Berry there either. Query words and name forms are cached (bounded).
/// </summary>
internal sealed class SearchNameMatcher : INameMatcher
{
    private const int CacheLimit = 20_000;

    private static readonly string[] Fields = [SearchFields.Exact, SearchFields.Latin, SearchFields.Key, .. IndexAnalysis.StemFields];

    private readonly ConcurrentDictionary<string, List<MatchWord>> _queries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Field, string Term)[]> _names = new(StringComparer.Ordinal);

    public static SearchNameMatcher Instance { get; } = new();

    public bool Matches(string query, string name)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(name);
        var words = Cached(_queries, query, Words);
        if (words.Count == 0)
        {
            return false;
        }
        var forms = Cached(_names, name, Forms);
        return words.All(w => forms.Any(f => w.Match(f.Field, f.Term) is not null));
    }

    private static List<MatchWord> Words(string query) =>
        IndexAnalysis.Tokens(SearchFields.Exact, query, null)
            .Where(t => t.PositionIncrement > 0 && t.Start < t.End && t.End <= query.Length)
            .Select(t => new MatchWord(query[t.Start..t.End], prefix: false, fuzzy: true))
            .Where(w => !w.IsEmpty)
            .ToList();

    /// <summary>The name's terms in every field, read in every language a query word is read in.</summary>
    private static (string Field, string Term)[] Forms(string name)
    {
        var forms = new HashSet<(string Field, string Term)>();
        foreach (var field in Fields)
        {
            var languages = field.StartsWith(SearchFields.StemPrefix, StringComparison.Ordinal) ? [IndexAnalysis.LanguageOfStemField(field)] : IndexAnalysis.QueryLanguages;
            foreach (var language in languages)
            {
                foreach (var term in IndexAnalysis.Terms(field, name, language))
                {
                    forms.Add((field, term));
                }
            }
        }
        return [.. forms];
    }

    private static T Cached<T>(ConcurrentDictionary<string, T> cache, string key, Func<string, T> make) => BoundedCache.GetOrAdd(cache, key, CacheLimit, make);
}
