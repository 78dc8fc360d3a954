using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;

namespace Dossier.Search.Querying;

/// <summary>
/// Levenshtein queries (first letter fixed, no transpositions, as <see cref="MatchWord.WithinEdits"/> checks
/// highlights), built once per term: a two-edit automaton takes milliseconds to build, longer than the search.
/// The queries are immutable once made and shared by concurrent searches; they score as a constant (fuzzy
/// matches rank by their field weight, not by term statistics).
/// </summary>
internal static class FuzzyQueries
{
    private const int Capacity = 4096;

    private static readonly ConcurrentDictionary<(string Field, string Term, int Edits, float Boost), Query> Cache = new();

    /// <summary>The automaton is the costly part and does not depend on the field (layer-qualified fields reuse it).</summary>
    private static readonly ConcurrentDictionary<(string Term, int Edits), Automaton> Automata = new();

    public static Query For(string field, string term, int edits, float boost)
    {
        var key = (field, term, edits, boost);
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }
        if (Cache.Count >= Capacity)
        {
            Cache.Clear();
        }
        if (Automata.Count >= Capacity)
        {
            Automata.Clear();
        }
        var automaton = Automata.GetOrAdd((term, edits), static k => BasicOperations.Concatenate(
            BasicAutomata.MakeString(k.Term[..1]),
            new LevenshteinAutomata(k.Term[1..], false).ToAutomaton(k.Edits)));
        var query = new AutomatonQuery(new Term(field, term), automaton) { Boost = boost };
        return Cache.GetOrAdd(key, query);
    }
}
