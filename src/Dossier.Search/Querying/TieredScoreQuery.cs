using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace Dossier.Search.Querying;

/// <summary>
/// A query whose score is a constant tier plus its inner score saturated into [0, 1): tier + weight · s / (s + scale). The
/// saturation keeps the inner order (it is strictly increasing) while bounding it, so that a ranked query can add tiers
/// that no amount of term frequency can make up for (see <see cref="RankedScoring"/>).
/// </summary>
internal sealed class TieredScoreQuery(Query inner, float tier, float weight, float scale) : CustomScoreQuery(inner)
{
    public float Tier => tier;

    public float Weight => weight;

    public float Scale => scale;

    public static float Saturate(float score, float scale) => score <= 0 ? 0 : score / (score + scale);

    protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) => new Tiered(context, tier, weight, scale);

    public override bool Equals(object? obj) =>
        obj is TieredScoreQuery other && base.Equals(obj) && other.Tier.Equals(tier) && other.Weight.Equals(weight) && other.Scale.Equals(scale);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), tier, weight, scale);

    public override string ToString(string field) => $"tier({tier}, {weight} × {base.ToString(field)} / {scale})";

    private sealed class Tiered(AtomicReaderContext context, float tier, float weight, float scale) : CustomScoreProvider(context)
    {
        public override float CustomScore(int doc, float subQueryScore, float valSrcScore) => tier + (weight * Saturate(subQueryScore, scale));

        public override float CustomScore(int doc, float subQueryScore, float[] valSrcScores) => tier + (weight * Saturate(subQueryScore, scale));

        public override Explanation CustomExplain(int doc, Explanation subQueryExpl, Explanation valSrcExpl) => Explain(subQueryExpl);

        public override Explanation CustomExplain(int doc, Explanation subQueryExpl, Explanation[] valSrcExpls) => Explain(subQueryExpl);

        private Explanation Explain(Explanation inner)
        {
            var explanation = new Explanation(tier + (weight * Saturate(inner.Value, scale)), $"tier {tier} + {weight} × saturated (s / (s + {scale})) of:");
            explanation.AddDetail(inner);
            return explanation;
        }
    }
}
