using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Querying;

/// <summary>
/// A required query plus optional clauses of bounded score: the score of a ranked query (its words) and of what may add
/// to it (the quorum, soft words, proximity, the heading's authority). It matches and scores, to the bit, as a Boolean
/// query of the required part (MUST) and a <see cref="ClauseSumQuery"/> of the optional clauses (SHOULD) without
/// coordination: required + (float)(the double sum of the optional clauses matched, in their order).
/// Given <see cref="Keep"/> (the page's end, when the search ranks by this score), optional clauses are not scored for
/// a record that cannot reach the page whatever they add: one whose score so far plus the bounds of the clauses not yet
/// scored is below the lowest of the best <see cref="Keep"/> scores given so far, with a margin wider than the
/// ranking's rounding (<see cref="Visibility.StableScores"/>). Such a record is given a lower score than its own, and
/// every record that can be kept has its whole score. The clause given as costliest (proximity, which reads positions
/// for every record holding two neighbouring words) is scored last, once the others have shown whether the record can
/// still reach the page: a third of a search's time went to the optional clauses of records no page shows (issue 9).
/// </summary>
internal sealed class BoundedOptionalQuery : Query
{
    /// <summary>
    /// The pruning margin, relative: a record is passed over only when its bound is below the floor by more than this,
    /// far more than the rounding of <see cref="Visibility.StableScores.Round"/> (2⁻¹⁷) and of a float sum (2⁻²⁴).
    /// </summary>
    private const double Margin = 1.0 / 4096;

    private readonly Query _required;
    private readonly Query[] _optional;
    private readonly double[] _bounds;
    private readonly int[] _order;

    private BoundedOptionalQuery(Query required, Query[] optional, double[] bounds, int[] order)
    {
        _required = required;
        _optional = optional;
        _bounds = bounds;
        _order = order;
    }

    /// <summary>
    /// <paramref name="required"/> plus the clauses of <paramref name="optional"/>, each bounded: a tiered clause adds at
    /// most its tier and weight, a constant its boost (the similarity's query norm is 1). <paramref name="costliest"/>,
    /// one of the clauses, is scored last.
    /// </summary>
    public static BoundedOptionalQuery Over(Query required, ClauseSumQuery optional, Query? costliest = null)
    {
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(optional);
        if (optional.MinimumMatches > 1 || optional.Boost != 1f)
        {
            throw new ArgumentException("the optional clauses are summed as they are, any of them matching", nameof(optional));
        }
        var clauses = optional.Clauses.ToArray();
        var bounds = clauses.Select(clause => clause switch
        {
            TieredScoreQuery tiered => ((double)tiered.Tier + tiered.Weight) * tiered.Boost,
            ConstantScoreQuery constant => constant.Boost,
            _ => throw new ArgumentException($"no bound known for an optional clause {clause.GetType().Name}", nameof(optional)),
        }).ToArray();
        var order = Enumerable.Range(0, clauses.Length).OrderBy(i => ReferenceEquals(clauses[i], costliest) ? 1 : 0).ToArray();
        return new BoundedOptionalQuery(required, clauses, bounds, order);
    }

    public Query Required => _required;

    public IReadOnlyList<Query> Optional => _optional;

    /// <summary>
    /// How many of the best scores the search keeps (its page's end), when this query's score is the score it ranks by
    /// and nothing else is ranked before it; 0, the default, scores every record whole.
    /// </summary>
    public int Keep { get; set; }

    public override Weight CreateWeight(IndexSearcher searcher) => new BoundedWeight(this, searcher);

    public override Query Rewrite(IndexReader reader)
    {
        var required = _required.Rewrite(reader);
        var optional = _optional.Select(q => q.Rewrite(reader)).ToArray();
        return ReferenceEquals(required, _required) && optional.SequenceEqual(_optional, ReferenceEqualityComparer.Instance)
            ? this
            : new BoundedOptionalQuery(required, optional, _bounds, _order) { Boost = Boost, Keep = Keep };
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        _required.ExtractTerms(terms);
        foreach (var clause in _optional)
        {
            clause.ExtractTerms(terms);
        }
    }

    public override object Clone() => new BoundedOptionalQuery(_required, _optional, _bounds, _order) { Boost = Boost, Keep = Keep };

    public override string ToString(string field) =>
        $"+({_required.ToString(field)}) sum({string.Join(" + ", _optional.Select(c => c.ToString(field)))}){ToStringUtils.Boost(Boost)}";

    public override bool Equals(object? obj) =>
        obj is BoundedOptionalQuery other && other.Boost.Equals(Boost) && other._required.Equals(_required)
        && other._optional.SequenceEqual(_optional) && other._order.SequenceEqual(_order);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Boost);
        hash.Add(_required);
        foreach (var clause in _optional)
        {
            hash.Add(clause);
        }
        return hash.ToHashCode();
    }

    /// <summary>True when a record whose score is at most <paramref name="bound"/> cannot reach <paramref name="floor"/>.</summary>
    internal static bool BelowFloor(double bound, float floor) => bound < floor - (Math.Abs((double)floor) * Margin);

    private sealed class BoundedWeight : Weight
    {
        private readonly BoundedOptionalQuery _query;
        private readonly Weight _required;
        private readonly Weight[] _optional;

        /// <summary>The best scores given in this search, across segments: a weight serves one search, on one thread (the archive's searchers have no executor).</summary>
        private readonly BestScores? _best;

        public BoundedWeight(BoundedOptionalQuery query, IndexSearcher searcher)
        {
            _query = query;
            _required = query._required.CreateWeight(searcher);
            _optional = [.. query._optional.Select(c => c.CreateWeight(searcher))];
            _best = query.Keep > 0 ? new BestScores(query.Keep) : null;
        }

        public override Query Query => _query;

        // As a Boolean query of the required part and the optional sum: the sum of theirs, times the square of the boost.
        public override float GetValueForNormalization()
        {
            var optional = 0f;
            foreach (var weight in _optional)
            {
                optional += weight.GetValueForNormalization();
            }
            return (_required.GetValueForNormalization() + optional) * _query.Boost * _query.Boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            _required.Normalize(norm, topLevelBoost * _query.Boost);
            foreach (var weight in _optional)
            {
                weight.Normalize(norm, topLevelBoost * _query.Boost);
            }
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            if (_required.GetScorer(context, acceptDocs) is not { } required)
            {
                return null;
            }
            var optional = _optional.Select(w => w.GetScorer(context, acceptDocs)).ToArray();
            return optional.All(s => s is null) ? required : new BoundedScorer(this, required, optional, _query._bounds, _query._order, _best);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var required = _required.Explain(context, doc);
            if (!required.IsMatch)
            {
                var none = new ComplexExplanation(false, 0f, "no match on the required part");
                none.AddDetail(required);
                return none;
            }
            var sum = new ComplexExplanation { Description = "sum of:", Match = true };
            sum.AddDetail(required);
            var optional = 0d;
            var matched = false;
            foreach (var weight in _optional)
            {
                var explanation = weight.Explain(context, doc);
                if (explanation.IsMatch)
                {
                    sum.AddDetail(explanation);
                    optional += explanation.Value;
                    matched = true;
                }
            }
            sum.Value = matched ? required.Value + (float)optional : required.Value;
            return sum;
        }
    }

    /// <summary>Visits the required part's records; adds the optional clauses' scores where they match and may matter.</summary>
    private sealed class BoundedScorer(Weight weight, Scorer required, Scorer?[] optional, double[] bounds, int[] order, BestScores? best) : Scorer(weight)
    {
        private readonly float[] _found = new float[optional.Length];
        private readonly bool[] _matched = new bool[optional.Length];
        private readonly double _bound = optional.Select((s, i) => s is null ? 0 : bounds[i]).Sum();
        private int _scored = -1;
        private float _score;

        public override int DocID => required.DocID;

        public override int Freq => required.Freq + optional.Count(s => s is not null && s.DocID == required.DocID);

        public override int NextDoc() => required.NextDoc();

        public override int Advance(int target) => required.Advance(target);

        public override long GetCost() => required.GetCost();

        public override ICollection<ChildScorer> GetChildren() =>
            [new ChildScorer(required, "MUST"), .. optional.OfType<Scorer>().Select(s => new ChildScorer(s, "SHOULD"))];

        public override float GetScore()
        {
            var doc = required.DocID;
            if (doc == _scored)
            {
                // A collector may ask twice for one record; it is counted among the best once.
                return _score;
            }
            _scored = doc;
            _score = Score(doc);
            return _score;
        }

        private float Score(int doc)
        {
            var score = required.GetScore();
            var floor = best is { IsFull: true } ? best.Floor : float.NaN;
            var found = 0d;
            var unscored = _bound;
            var any = false;
            foreach (var i in order)
            {
                _matched[i] = false;
                if (optional[i] is not { } clause)
                {
                    continue;
                }
                if (!float.IsNaN(floor) && BelowFloor(score + found + unscored, floor))
                {
                    // Below the page whatever is left: not counted among the best, and never shown.
                    return score;
                }
                unscored -= bounds[i];
                var at = clause.DocID;
                if (at < doc)
                {
                    at = clause.Advance(doc);
                }
                if (at == doc)
                {
                    _found[i] = clause.GetScore();
                    _matched[i] = true;
                    found += _found[i];
                    any = true;
                }
            }
            if (any)
            {
                // As ClauseSumQuery adds its clauses (in their order, in double) and Lucene's ReqOptSumScorer adds the sum.
                var sum = 0d;
                for (var i = 0; i < optional.Length; i++)
                {
                    if (_matched[i])
                    {
                        sum += _found[i];
                    }
                }
                score += (float)sum;
            }
            best?.Add(score);
            return score;
        }
    }
}
