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
internal sealed class SearchNameMatcher(Func<Func<QueryContext, List<List<MatchWord>>>, CancellationToken, Task<List<List<MatchWord>>>> read) : INameMatcher
{
    public async Task<Func<string, bool>> ReadAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var alternatives = await read(context => Readings(query, context), cancellationToken).ConfigureAwait(false);
        if (alternatives.Count == 0 || alternatives[0].Count == 0)
        {
            return _ => false;
        }
        var table = NameFormTable.Current;
        var answered = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlySet<string>? held = null;
        if (!alternatives[0].Exists(w => w.Prefix))
        {
            foreach (var words in alternatives)
            {
                var answer = table.Answer(words);
                answered.UnionWith(answer.Names);
                // The names held grow: those the first answer held were answered for by every reading.
                held ??= answer.Held;
            }
        }
        held ??= FrozenSet<string>.Empty;
        return name =>
        {
            ArgumentNullException.ThrowIfNull(name);
            if (held.Contains(name))
            {
                return answered.Contains(name);
            }
            // A name the table did not hold when the query began is tested form by form (and held for the next query).
            var forms = table.FormsOf(name);
            return alternatives.Exists(words => words.TrueForAll(w => Matches(w, forms)));
        };
    }

    private static bool Matches(MatchWord word, (string Field, string Term)[] forms) =>
        Array.Exists(forms, f => word.Match(f.Field, f.Term) is not null)
        || word.HoldsOtherPhrase(term => Array.Exists(forms, f => string.Equals(f.Field, SearchFields.Latin, StringComparison.Ordinal) && string.Equals(f.Term, term, StringComparison.Ordinal)));

    /// <summary>
    /// The query's words, and where words typed side by side name a place (<see cref="QueryContext.PlaceName"/>:
    /// Советский Союз) the same words with each such run read as the place's names in the other language: a name
    /// matches either reading (Soviet Union for Советский Союз, as search finds it).
    /// </summary>
    private static List<List<MatchWord>> Readings(string query, QueryContext context)
    {
        var typed = IndexAnalysis.Tokens(SearchFields.Exact, query, null)
            .Where(t => t.PositionIncrement > 0 && t.Start < t.End && t.End <= query.Length)
            .Select(t => query[t.Start..t.End])
            .Select(text => (Text: text, Word: context.Word(text, prefix: false)))
            .Where(w => !w.Word.IsEmpty)
            .ToList();
        var plain = typed.ConvertAll(w => w.Word);
        var named = new List<MatchWord>();
        var any = false;
        for (var i = 0; i < typed.Count;)
        {
            var taken = 0;
            for (var length = Math.Min(Exonyms.LongestName, typed.Count - i); length >= 2 && taken == 0; length--)
            {
                if (context.PlaceName(typed.GetRange(i, length).ConvertAll(w => w.Text)) is { } place)
                {
                    named.Add(place);
                    taken = length;
                    any = true;
                }
            }
            if (taken == 0)
            {
                named.Add(typed[i].Word);
                taken = 1;
            }
            i += taken;
        }
        return any ? [plain, named] : [plain];
    }
}
