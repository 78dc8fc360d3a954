using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace Dossier.Search.Querying;

/// <summary>
/// A query whose score is its inner score divided by the most it can reach and capped at 1, times a weight:
/// weight · min(1, s / ceiling). For a BM25 term query (Robertson and Zaragoza 2009) whose ceiling is idf · (k1 + 1),
/// s / ceiling is the term-frequency part tf / (tf + k1 · length norm), so the record's term frequency and length count in
/// full within a bound (see <see cref="RankedScoring"/>), where <see cref="TieredScoreQuery"/>'s saturation flattens them.
/// </summary>
internal sealed class BoundedScoreQuery(Query inner, float weight, float ceiling) : CustomScoreQuery(inner)
{
    public float Weight => weight;

    public float Ceiling => ceiling;

    public static float Bound(float score, float ceiling) => score <= 0 || ceiling <= 0 ? 0 : Math.Min(1f, score / ceiling);

    protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) => new Bounded(context, weight, ceiling);

    public override bool Equals(object? obj) =>
        obj is BoundedScoreQuery other && base.Equals(obj) && other.Weight.Equals(weight) && other.Ceiling.Equals(ceiling);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), weight, ceiling);

    public override string ToString(string field) => $"bounded({weight} × min(1, {base.ToString(field)} / {ceiling}))";

    private sealed class Bounded(AtomicReaderContext context, float weight, float ceiling) : CustomScoreProvider(context)
    {
        public override float CustomScore(int doc, float subQueryScore, float valSrcScore) => weight * Bound(subQueryScore, ceiling);

        public override float CustomScore(int doc, float subQueryScore, float[] valSrcScores) => weight * Bound(subQueryScore, ceiling);

        public override Explanation CustomExplain(int doc, Explanation subQueryExpl, Explanation valSrcExpl) => Explain(subQueryExpl);

        public override Explanation CustomExplain(int doc, Explanation subQueryExpl, Explanation[] valSrcExpls) => Explain(subQueryExpl);

        private Explanation Explain(Explanation inner)
        {
            var explanation = new Explanation(weight * Bound(inner.Value, ceiling), $"{weight} × min(1, s / {ceiling}) of:");
            explanation.AddDetail(inner);
            return explanation;
        }
    }
}
