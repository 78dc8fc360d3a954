using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Querying;

/// <summary>
/// The terms of a field the search has found already (a fuzzy word's terms within its edits, <see cref="TermLookups.Within"/>)
/// as one multi-term query: it matches what the automaton query over the same dictionary matches
/// (<see cref="FuzzyQueries.For"/>), and is rewritten the same way, but a segment's terms are reached by seeking each
/// one, not by intersecting the segment's dictionary with the word's automaton once more.
/// </summary>
internal sealed class KnownTermsQuery : MultiTermQuery
{
    private readonly BytesRef[] _terms;

    /// <param name="field">The field the terms are of.</param>
    /// <param name="terms">In term order, each once.</param>
    public KnownTermsQuery(string field, IEnumerable<BytesRef> terms)
        : base(field)
    {
        _terms = terms.ToArray();
        for (var i = 1; i < _terms.Length; i++)
        {
            if (_terms[i - 1].CompareTo(_terms[i]) >= 0)
            {
                throw new ArgumentException("the terms are not in term order, each once", nameof(terms));
            }
        }
    }

    protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts) =>
        _terms.Length == 0 ? TermsEnum.EMPTY : new SeekingTermsEnum(terms.GetEnumerator(), _terms);

    public override string ToString(string field) =>
        $"{(string.Equals(field, Field, StringComparison.Ordinal) ? "" : Field + ":")}known({string.Join(' ', _terms.Select(t => t.Utf8ToString()))}){ToStringUtils.Boost(Boost)}";

    public override bool Equals(object? obj) =>
        obj is KnownTermsQuery other && base.Equals(other) && other._terms.AsSpan().SequenceEqual(_terms);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(base.GetHashCode());
        foreach (var term in _terms)
        {
            hash.Add(term.GetHashCode());
        }
        return hash.ToHashCode();
    }

    /// <summary>
    /// Seeks each term in turn. A seek for a term the segment lacks lands on a later term of the segment: it is taken
    /// when it is one of the terms sought after, and the next seek goes to the first term sought beyond it.
    /// </summary>
    private sealed class SeekingTermsEnum(TermsEnum dictionary, BytesRef[] terms) : FilteredTermsEnum(dictionary, startWithSeek: true)
    {
        /// <summary>The term last sought, or the last term sought that is at or before the one the seek landed on.</summary>
        private int _at = -1;

        protected override BytesRef? NextSeekTerm(BytesRef? currentTerm) => ++_at < terms.Length ? terms[_at] : null;

        protected override AcceptStatus Accept(BytesRef term)
        {
            while (_at + 1 < terms.Length && terms[_at + 1].CompareTo(term) <= 0)
            {
                _at++;
            }
            return terms[_at].BytesEquals(term) ? AcceptStatus.YES_AND_SEEK : AcceptStatus.NO_AND_SEEK;
        }
    }
}
