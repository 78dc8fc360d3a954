using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dossier.Search.Visibility;

/// <summary>
/// Ranks by scores rounded to 16 significant bits. A score is a float sum of clause scores added up in an order
/// that follows Lucene's document numbers, which follow how indexing threads interleaved, so two indexes of the
/// very same records differ in a score's last bits; unrounded, near ties would then come back in either order, and
/// the order of public answers would depend on what else the archive holds. Equal rounded scores go by record id.
/// </summary>
internal sealed class StableScores(ICollector inner) : ICollector
{
    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(new RoundedScorer(scorer));

    public void SetNextReader(AtomicReaderContext context) => inner.SetNextReader(context);

    public void Collect(int doc) => inner.Collect(doc);

    /// <summary>Keeps the sign, exponent and the top 16 bits of the mantissa, rounded to nearest.</summary>
    public static float Round(float score)
    {
        var bits = BitConverter.SingleToInt32Bits(score);
        return BitConverter.Int32BitsToSingle((bits + 0x40) & ~0x7F);
    }

    private sealed class RoundedScorer(Scorer scorer) : Scorer(scorer.Weight)
    {
        public override int DocID => scorer.DocID;

        public override int Freq => scorer.Freq;

        public override float GetScore() => Round(scorer.GetScore());

        public override int NextDoc() => scorer.NextDoc();

        public override int Advance(int target) => scorer.Advance(target);

        public override long GetCost() => scorer.GetCost();
    }
}
