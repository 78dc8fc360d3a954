using System.Collections.Frozen;
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
/// search, and neither "Берия" finds Bayar or Berry nor "Andrei" Andrew there either. The names are answered from the
/// forms of the names asked before, inverted (<see cref="NameFormTable"/>).
/// </summary>
internal sealed class SearchNameMatcher(Func<Func<QueryContext, List<MatchWord>>, CancellationToken, Task<List<MatchWord>>> read) : INameMatcher
{
    public async Task<Func<string, bool>> ReadAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = await read(context => Words(query, context), cancellationToken).ConfigureAwait(false);
        if (words.Count == 0)
        {
            return _ => false;
        }
        var table = NameFormTable.Current;
        (IReadOnlySet<string> answered, IReadOnlySet<string> held) = words.Exists(w => w.Prefix) ? (FrozenSet<string>.Empty, FrozenSet<string>.Empty) : table.Answer(words);
        return name =>
        {
            ArgumentNullException.ThrowIfNull(name);
            if (held.Contains(name))
            {
                return answered.Contains(name);
            }
            // A name the table did not hold when the query began is tested form by form (and held for the next query).
            var forms = table.FormsOf(name);
            return words.TrueForAll(w => Array.Exists(forms, f => w.Match(f.Field, f.Term) is not null));
        };
    }

    private static List<MatchWord> Words(string query, QueryContext context) =>
        IndexAnalysis.Tokens(SearchFields.Exact, query, null)
            .Where(t => t.PositionIncrement > 0 && t.Start < t.End && t.End <= query.Length)
            .Select(t => context.Word(query[t.Start..t.End], prefix: false))
            .Where(w => !w.IsEmpty)
            .ToList();
}
