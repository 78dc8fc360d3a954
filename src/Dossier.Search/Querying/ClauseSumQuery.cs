using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Querying;

/// <summary>
/// The sum of the scores of the clauses a record matches, added in the clauses' order, for records matching at least
/// <see cref="MinimumMatches"/> of them. Lucene's disjunctions (<see cref="DisjunctionMaxQuery"/>, a Boolean query's
/// optional clauses) add their clauses' float scores in the order of a heap of clauses kept by document number, and
/// document numbers follow how indexing threads interleaved: the same record in two indexes of the same records got
/// scores differing in the last bits (13.171143 and 13.171265 for "Khrushchev" in a FRUS editorial note), enough to
/// cross a rounding step of <see cref="Visibility.StableScores"/> and swap two hits. Here the order is the clauses',
/// and the sum is taken in double precision, so a record's score depends on the record and the query alone.
/// </summary>
internal sealed class ClauseSumQuery(int minimumMatches = 0) : Query
{
    private readonly List<Query> _clauses = [];

    public IReadOnlyList<Query> Clauses => _clauses;

    /// <summary>How many clauses a record must match to be found (at least one in any case).</summary>
    public int MinimumMatches => minimumMatches;

    public void Add(Query clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        _clauses.Add(clause);
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new SumWeight(this, searcher);

    public override Query Rewrite(IndexReader reader)
    {
        if (_clauses.Count == 1 && minimumMatches <= 1)
        {
            // One clause is its own sum.
            var single = _clauses[0].Rewrite(reader);
            if (Boost != 1f)
            {
                single = (Query)single.Clone();
                single.Boost *= Boost;
            }
            return single;
        }
        ClauseSumQuery? rewritten = null;
        for (var i = 0; i < _clauses.Count; i++)
        {
            var clause = _clauses[i].Rewrite(reader);
            if (!ReferenceEquals(clause, _clauses[i]))
            {
                rewritten ??= Copy();
                rewritten._clauses[i] = clause;
            }
        }
        return rewritten ?? this;
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var clause in _clauses)
        {
            clause.ExtractTerms(terms);
        }
    }

    public override object Clone() => Copy();

    public override string ToString(string field) =>
        $"sum{(minimumMatches > 1 ? "≥" + minimumMatches : "")}({string.Join(" + ", _clauses.Select(c => c.ToString(field)))}){ToStringUtils.Boost(Boost)}";

    public override bool Equals(object? obj) =>
        obj is ClauseSumQuery other && other.Boost.Equals(Boost) && other.MinimumMatches == minimumMatches && other._clauses.SequenceEqual(_clauses);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Boost);
        hash.Add(minimumMatches);
        foreach (var clause in _clauses)
        {
            hash.Add(clause);
        }
        return hash.ToHashCode();
    }

    private ClauseSumQuery Copy()
    {
        var copy = new ClauseSumQuery(minimumMatches) { Boost = Boost };
        copy._clauses.AddRange(_clauses);
        return copy;
    }

    private sealed class SumWeight : Weight
    {
        private readonly ClauseSumQuery _query;
        private readonly Weight[] _weights;

        public SumWeight(ClauseSumQuery query, IndexSearcher searcher)
        {
            _query = query;
            _weights = [.. query._clauses.Select(c => c.CreateWeight(searcher))];
        }

        public override Query Query => _query;

        private int Required => Math.Max(1, _query.MinimumMatches);

        public override float GetValueForNormalization()
        {
            var sum = 0f;
            foreach (var weight in _weights)
            {
                sum += weight.GetValueForNormalization();
            }
            return sum * _query.Boost * _query.Boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            foreach (var weight in _weights)
            {
                weight.Normalize(norm, topLevelBoost * _query.Boost);
            }
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var scorers = new List<Scorer>(_weights.Length);
            foreach (var weight in _weights)
            {
                // A clause without a scorer matches nothing in this segment; its place in the order does not matter.
                if (weight.GetScorer(context, acceptDocs) is { } scorer)
                {
                    scorers.Add(scorer);
                }
            }
            return scorers.Count < Required ? null : new SumScorer(this, [.. scorers], Required);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var sum = new ComplexExplanation { Description = "sum of, in clause order:" };
            var value = 0d;
            var matched = 0;
            foreach (var weight in _weights)
            {
                var explanation = weight.Explain(context, doc);
                if (explanation.IsMatch)
                {
                    sum.AddDetail(explanation);
                    value += explanation.Value;
                    matched++;
                }
            }
            var match = matched >= Required;
            sum.Match = match;
            sum.Value = match ? (float)value : 0f;
            return sum;
        }
    }

    /// <summary>Visits the documents any clause matches in order, by a scan of the clauses (a handful per query).</summary>
    private sealed class SumScorer(Weight weight, Scorer[] scorers, int required) : Scorer(weight)
    {
        private int _doc = -1;

        public override int DocID => _doc;

        public override int Freq
        {
            get
            {
                var matched = 0;
                foreach (var scorer in scorers)
                {
                    if (scorer.DocID == _doc)
                    {
                        matched++;
                    }
                }
                return matched;
            }
        }

        public override float GetScore()
        {
            var sum = 0d;
            foreach (var scorer in scorers)
            {
                if (scorer.DocID == _doc)
                {
                    sum += scorer.GetScore();
                }
            }
            return (float)sum;
        }

        public override int NextDoc()
        {
            if (_doc == NO_MORE_DOCS)
            {
                return _doc;
            }
            foreach (var scorer in scorers)
            {
                if (scorer.DocID == _doc)
                {
                    scorer.NextDoc();
                }
            }
            return Settle();
        }

        public override int Advance(int target)
        {
            if (_doc == NO_MORE_DOCS)
            {
                return _doc;
            }
            foreach (var scorer in scorers)
            {
                if (scorer.DocID < target)
                {
                    scorer.Advance(target);
                }
            }
            return Settle();
        }

        public override long GetCost()
        {
            long cost = 0;
            foreach (var scorer in scorers)
            {
                cost += scorer.GetCost();
            }
            return cost;
        }

        public override ICollection<ChildScorer> GetChildren() => [.. scorers.Select(s => new ChildScorer(s, "SHOULD"))];

        /// <summary>
        /// Moves to the first document from the clauses' positions that enough clauses match. No document before the
        /// required-th smallest position can be: fewer clauses than required are at or before it. So the clauses behind
        /// that position skip to it; for a conjunction (as many required as clauses: a two-word query) that is the
        /// furthest position, and the clauses leapfrog one another as Lucene's conjunction does, where stepping through
        /// every document of either word visited all of both.
        /// </summary>
        private int Settle()
        {
            if (required == 1)
            {
                var least = NO_MORE_DOCS;
                foreach (var scorer in scorers)
                {
                    least = Math.Min(least, scorer.DocID);
                }
                _doc = least;
                return least;
            }
            Span<int> positions = scorers.Length <= 32 ? stackalloc int[scorers.Length] : new int[scorers.Length];
            while (true)
            {
                for (var i = 0; i < scorers.Length; i++)
                {
                    positions[i] = scorers[i].DocID;
                }
                var target = Smallest(positions, required);
                if (target == NO_MORE_DOCS)
                {
                    _doc = NO_MORE_DOCS;
                    return _doc;
                }
                var matched = 0;
                foreach (var scorer in scorers)
                {
                    var at = scorer.DocID;
                    if (at < target)
                    {
                        at = scorer.Advance(target);
                    }
                    if (at == target)
                    {
                        matched++;
                    }
                }
                if (matched >= required)
                {
                    _doc = target;
                    return target;
                }
            }
        }

        /// <summary>The <paramref name="k"/>-th smallest of <paramref name="positions"/> (1 for the smallest); reorders them.</summary>
        private static int Smallest(Span<int> positions, int k)
        {
            positions.Sort();
            return positions[k - 1];
        }
    }
}
