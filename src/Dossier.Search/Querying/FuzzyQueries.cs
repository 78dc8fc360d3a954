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

    private static readonly ConcurrentDictionary<(string Field, string Term, int Edits), Query> Cache = new();

    /// <summary>The automaton is the costly part and does not depend on the field (layer-qualified fields reuse it).</summary>
    private static readonly ConcurrentDictionary<(string Term, int Edits), Automaton> Automata = new();

    private static readonly ConcurrentDictionary<(string Term, int Edits), CompiledAutomaton> Compiled = new();

    /// <summary>
    /// The terms of <paramref name="field"/> within <paramref name="edits"/> of <paramref name="term"/>, as a query for a
    /// search without a reader; a search over one finds the terms once and leaves out its far variants there
    /// (<see cref="QueryContext.Fuzzy"/>).
    /// </summary>
    public static Query For(string field, string term, int edits) =>
        BoundedCache.GetOrAdd(Cache, (Field: field, Term: term, Edits: edits), Capacity, static key =>
            new AutomatonQuery(new Term(key.Field, key.Term), Levenshtein(key.Term, key.Edits)));

    /// <summary>The terms of <paramref name="terms"/> within <paramref name="edits"/> of <paramref name="term"/>, in term order.</summary>
    public static TermsEnum Within(Terms terms, string term, int edits) =>
        terms.Intersect(BoundedCache.GetOrAdd(Compiled, (Term: term, Edits: edits), Capacity, static k => new CompiledAutomaton(Levenshtein(k.Term, k.Edits))), null);

    private static Automaton Levenshtein(string term, int edits) =>
        BoundedCache.GetOrAdd(Automata, (Term: term, Edits: edits), Capacity, static k => BasicOperations.Concatenate(
            BasicAutomata.MakeString(k.Term[..1]),
            new LevenshteinAutomata(k.Term[1..], false).ToAutomaton(k.Edits)));
}
