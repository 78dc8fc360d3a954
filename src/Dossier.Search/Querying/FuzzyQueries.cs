using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
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

    private static readonly ConcurrentDictionary<(string Field, string Term, int Edits, float Boost, string Without), Query> Cache = new();

    /// <summary>The automaton is the costly part and does not depend on the field (layer-qualified fields reuse it).</summary>
    private static readonly ConcurrentDictionary<(string Term, int Edits), Automaton> Automata = new();

    private static readonly ConcurrentDictionary<(string Term, int Edits), CompiledAutomaton> Compiled = new();

    public static Query For(string field, string term, int edits, float boost, IReadOnlySet<string>? excluded = null)
    {
        var without = excluded is null || excluded.Count == 0 ? "" : string.Join('\n', excluded.Order(StringComparer.Ordinal));
        var key = (field, term, edits, boost, without);
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }
        if (Cache.Count >= Capacity)
        {
            Cache.Clear();
        }
        var automaton = Levenshtein(term, edits);
        if (without.Length > 0)
        {
            automaton = BasicOperations.Minus(automaton, BasicAutomata.MakeStringUnion(excluded!.Order(StringComparer.Ordinal).Select(t => new BytesRef(t)).ToList()));
        }
        var query = new AutomatonQuery(new Term(field, term), automaton) { Boost = boost };
        return Cache.GetOrAdd(key, query);
    }

    /// <summary>The terms of <paramref name="terms"/> within <paramref name="edits"/> of <paramref name="term"/>, in term order.</summary>
    public static TermsEnum Within(Terms terms, string term, int edits)
    {
        // Counted only when a new automaton is to be added: a ConcurrentDictionary counts under all of its locks, and this
        // runs for every hit a fuzzy word highlights.
        if (!Compiled.TryGetValue((term, edits), out var compiled))
        {
            if (Compiled.Count >= Capacity)
            {
                Compiled.Clear();
            }
            compiled = Compiled.GetOrAdd((term, edits), static k => new CompiledAutomaton(Levenshtein(k.Term, k.Edits)));
        }
        return terms.Intersect(compiled, null);
    }

    private static Automaton Levenshtein(string term, int edits)
    {
        if (Automata.Count >= Capacity)
        {
            Automata.Clear();
        }
        return Automata.GetOrAdd((term, edits), static k => BasicOperations.Concatenate(
            BasicAutomata.MakeString(k.Term[..1]),
            new LevenshteinAutomata(k.Term[1..], false).ToAutomaton(k.Edits)));
    }
}
