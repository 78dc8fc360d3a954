using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Querying;

/// <summary>
/// The index terms one search looks up, each looked up once in every segment. A query word becomes the same term in
/// several places: its statistics decide how it is built (<see cref="QueryContext.Refine"/>, the idf of its class),
/// its clause holds it, the exact-form and quorum clauses hold it again, the strict query that tells whether any
/// record holds every word holds it once more, and the page's snippets read its postings. Lucene weighs each term
/// query by looking its term up in every segment afresh, with a new dictionary enumerator each time; here each term's
/// per-segment states are found once, with one enumerator per segment and field, and every term query of the search
/// is given them (<see cref="TermQuery(Term, TermContext)"/>), so its weight looks nothing up. The statistics are
/// the ones Lucene would find (document frequencies count deleted records, as <see cref="IndexReader.DocFreq"/>
/// does): scores are unchanged. A fuzzy word's terms within its edits are found once too (<see cref="Within"/>): its
/// far variants are told from them, its query matches them and the snippets look for them, where each intersected the
/// dictionary with the word's automaton again. One per search and reader, used by one thread at a time, dropped with
/// the search.
/// </summary>
internal sealed class TermLookups(IndexReader reader)
{
    private readonly Dictionary<Term, TermContext> _found = [];
    private readonly Dictionary<(int Segment, string Field), TermsEnum?> _dictionaries = [];
    private readonly Dictionary<(string Field, string Term, int Edits), IReadOnlyList<WithinTerm>> _within = [];

    public IndexReader Reader => reader;

    /// <summary>The term's state in each segment that holds it, and its statistics over the reader.</summary>
    public TermContext Of(Term term)
    {
        if (_found.TryGetValue(term, out var known))
        {
            return known;
        }
        var top = reader.Context;
        var found = new TermContext(top);
        foreach (var segment in top.Leaves)
        {
            if (Dictionary(segment, term.Field) is { } terms && terms.SeekExact(term.Bytes))
            {
                found.Register(terms.GetTermState(), segment.Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }
        _found[term] = found;
        return found;
    }

    /// <summary>The term's state in one segment when this search has looked the term up already (null: absent there); else not known.</summary>
    public bool TryGetState(Term term, int segment, out TermState? state)
    {
        if (_found.TryGetValue(term, out var known))
        {
            state = known.Get(segment);
            return true;
        }
        state = null;
        return false;
    }

    /// <summary>Records holding the term, deleted ones included, as <see cref="IndexReader.DocFreq"/> counts them.</summary>
    public int DocFreq(Term term) => Of(term).DocFreq;

    /// <summary>A term query whose weight reads the term's looked-up states.</summary>
    public TermQuery Query(Term term) => new(term, Of(term));

    /// <summary>The segment's dictionary of <paramref name="field"/>, one enumerator per search (null when no record of the segment has the field).</summary>
    public TermsEnum? Dictionary(AtomicReaderContext segment, string field)
    {
        if (!_dictionaries.TryGetValue((segment.Ord, field), out var terms))
        {
            terms = segment.AtomicReader.GetTerms(field)?.GetEnumerator();
            _dictionaries[(segment.Ord, field)] = terms;
        }
        return terms;
    }

    /// <summary>
    /// The terms of <paramref name="field"/> within <paramref name="edits"/> of <paramref name="term"/> (first letter fixed,
    /// <see cref="FuzzyQueries.Within"/>) in any segment, in term order, each with the records holding it over the reader.
    /// </summary>
    public IReadOnlyList<WithinTerm> Within(string field, string term, int edits)
    {
        if (_within.TryGetValue((field, term, edits), out var known))
        {
            return known;
        }
        var found = new List<WithinTerm>();
        if (MultiFields.GetTerms(reader, field) is { } terms)
        {
            var within = FuzzyQueries.Within(terms, term, edits);
            while (within.MoveNext())
            {
                found.Add(new WithinTerm(BytesRef.DeepCopyOf(within.Term), within.DocFreq));
            }
        }
        _within[(field, term, edits)] = found;
        return found;
    }
}
