using System.Collections.Concurrent;
using Dossier.Core.Search;
using Dossier.Search.Analysis;
using Dossier.Search.Indexing;

namespace Dossier.Search.Querying;

/// <summary>
/// The search's word matcher (<see cref="MatchWord"/>) applied to a name: each typed word, read as a search over the
/// index reads it now (<see cref="QueryContext.Word"/>: a commoner word within its edits left out as another word, a
/// common word matched without typing errors, an authority's other spellings added), must match a word of the name as
/// written, stemmed, romanized from any script, by skeleton key or within the edits search allows, and by nothing
/// looser. The People and Places finders use it, so "Хрущев", "Khrushchov" and "Kruschev" find Khrushchev there as in
/// search, and neither "Берия" finds Bayar or Berry nor "Andrei" Andrew there either. Name forms are cached (bounded).
/// </summary>
internal sealed class SearchNameMatcher(Func<Func<QueryContext, List<MatchWord>>, CancellationToken, Task<List<MatchWord>>> read) : INameMatcher
{
    private const int CacheLimit = 20_000;

    private static readonly string[] Fields = [SearchFields.Exact, SearchFields.Latin, SearchFields.Key, .. IndexAnalysis.StemFields];

    private static readonly ConcurrentDictionary<string, (string Field, string Term)[]> NameForms = new(StringComparer.Ordinal);

    public async Task<Func<string, bool>> ReadAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = await read(context => Words(query, context), cancellationToken).ConfigureAwait(false);
        return name =>
        {
            ArgumentNullException.ThrowIfNull(name);
            if (words.Count == 0)
            {
                return false;
            }
            var forms = BoundedCache.GetOrAdd(NameForms, name, CacheLimit, Forms);
            return words.All(w => forms.Any(f => w.Match(f.Field, f.Term) is not null));
        };
    }

    private static List<MatchWord> Words(string query, QueryContext context) =>
        IndexAnalysis.Tokens(SearchFields.Exact, query, null)
            .Where(t => t.PositionIncrement > 0 && t.Start < t.End && t.End <= query.Length)
            .Select(t => context.Word(query[t.Start..t.End], prefix: false))
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
}
