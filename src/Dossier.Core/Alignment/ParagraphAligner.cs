namespace Dossier.Core.Alignment;

/// <summary>
/// Aligns the paragraphs of a text and its translation by length, after Gale &amp; Church, "A Program for
/// Aligning Sentences in Bilingual Corpora" (Computational Linguistics 19(1), 1993): dynamic programming over
/// beads of 1–1, 1–0, 0–1, 2–1, 1–2 and 2–2 paragraphs, each costing −log of its prior times −log of the
/// two-tailed probability that the lengths differ as much as they do. The expected length ratio is the
/// document's own (a German translation runs longer than its Russian). Shared anchors (numbers, months,
/// names: <see cref="AlignmentAnchors"/>) lower a bead's cost, and anchors on both sides with none shared raise it.
/// </summary>
public static class ParagraphAligner
{
    public const string MethodName = "gale-church-anchors";

    /// <summary>Gale &amp; Church's variance of the length difference per character.</summary>
    private const double Variance = 6.8;

    private const double AnchorReward = 3.0;
    private const double AnchorMismatch = 1.0;

    private static readonly (int S, int T, double Prior)[] Beads =
    [
        (1, 1, 0.89), (1, 0, 0.0099 / 2), (0, 1, 0.0099 / 2), (2, 1, 0.089 / 2), (1, 2, 0.089 / 2), (2, 2, 0.011),
    ];

    /// <summary>The beads aligning <paramref name="source"/> with <paramref name="target"/>, in order, covering both wholly.</summary>
    public static IReadOnlyList<AlignedSpan> Align(
        IReadOnlyList<string> source, IReadOnlyList<string> target, string? sourceLanguage = null, string? targetLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var sourceLengths = source.Select(LengthOf).ToArray();
        var targetLengths = target.Select(LengthOf).ToArray();
        var sourceAnchors = source.Select(p => AlignmentAnchors.Of(p, sourceLanguage)).ToArray();
        var targetAnchors = target.Select(p => AlignmentAnchors.Of(p, targetLanguage)).ToArray();
        var ratio = sourceLengths.Sum() is var s && s > 0 && targetLengths.Sum() is var t && t > 0 ? (double)t / s : 1.0;

        var n = source.Count;
        var m = target.Count;
        var cost = new double[n + 1, m + 1];
        var back = new int[n + 1, m + 1];
        for (var i = 0; i <= n; i++)
        {
            for (var j = 0; j <= m; j++)
            {
                cost[i, j] = double.PositiveInfinity;
            }
        }
        cost[0, 0] = 0;
        for (var i = 0; i <= n; i++)
        {
            for (var j = 0; j <= m; j++)
            {
                for (var b = 0; b < Beads.Length; b++)
                {
                    var (ds, dt, _) = Beads[b];
                    if (i < ds || j < dt || double.IsPositiveInfinity(cost[i - ds, j - dt]))
                    {
                        continue;
                    }
                    var candidate = cost[i - ds, j - dt] + BeadCost(b, i - ds, j - dt, sourceLengths, targetLengths, sourceAnchors, targetAnchors, ratio).Cost;
                    if (candidate < cost[i, j])
                    {
                        cost[i, j] = candidate;
                        back[i, j] = b;
                    }
                }
            }
        }

        var spans = new List<AlignedSpan>();
        for (int i = n, j = m; i > 0 || j > 0;)
        {
            var b = back[i, j];
            var (ds, dt, _) = Beads[b];
            var confidence = BeadCost(b, i - ds, j - dt, sourceLengths, targetLengths, sourceAnchors, targetAnchors, ratio).Confidence;
            spans.Add(new AlignedSpan { SourceStart = i - ds, SourceCount = ds, TargetStart = j - dt, TargetCount = dt, Score = Math.Round(confidence, 3) });
            i -= ds;
            j -= dt;
        }
        spans.Reverse();
        return spans;
    }

    /// <summary>The alignment's score: the beads' confidences weighted by the characters they cover.</summary>
    public static double ScoreOf(IReadOnlyList<AlignedSpan> spans, IReadOnlyList<string> source, IReadOnlyList<string> target)
    {
        ArgumentNullException.ThrowIfNull(spans);
        double weighted = 0, total = 0;
        foreach (var span in spans)
        {
            var length = Enumerable.Range(span.SourceStart, span.SourceCount).Sum(i => LengthOf(source[i]))
                + Enumerable.Range(span.TargetStart, span.TargetCount).Sum(j => LengthOf(target[j]));
            weighted += span.Score * length;
            total += length;
        }
        return total == 0 ? 0 : Math.Round(weighted / total, 3);
    }

    private static int LengthOf(string paragraph) => paragraph.Count(c => !char.IsWhiteSpace(c));

    private static (double Cost, double Confidence) BeadCost(
        int bead, int i, int j, int[] sourceLengths, int[] targetLengths, HashSet<string>[] sourceAnchors, HashSet<string>[] targetAnchors, double ratio)
    {
        var (ds, dt, prior) = Beads[bead];
        double ls = 0, lt = 0;
        for (var k = 0; k < ds; k++)
        {
            ls += sourceLengths[i + k];
        }
        for (var k = 0; k < dt; k++)
        {
            lt += targetLengths[j + k];
        }
        var mean = (ls + (lt / ratio)) / 2;
        var delta = mean == 0 ? 0 : (lt - (ls * ratio)) / Math.Sqrt(Math.Max(1, mean) * Variance);
        var probability = Math.Max(1e-12, 2 * (1 - NormalCdf(Math.Abs(delta))));
        var cost = -Math.Log(prior) - Math.Log(probability);

        var overlap = 0.0;
        if (ds > 0 && dt > 0)
        {
            var a = new HashSet<string>(StringComparer.Ordinal);
            var t = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < ds; k++)
            {
                a.UnionWith(sourceAnchors[i + k]);
            }
            for (var k = 0; k < dt; k++)
            {
                t.UnionWith(targetAnchors[j + k]);
            }
            if (a.Count > 0 && t.Count > 0)
            {
                var shared = a.Count(t.Contains);
                overlap = (double)shared / Math.Max(a.Count, t.Count);
                cost += shared == 0 && Math.Min(a.Count, t.Count) >= 2 ? AnchorMismatch : -AnchorReward * overlap;
            }
        }
        var confidence = ds == 0 || dt == 0 ? probability * 0.5 : Math.Min(1, probability + (0.5 * overlap));
        return (cost, confidence);
    }

    /// <summary>Φ(x), the standard normal distribution function (Abramowitz &amp; Stegun 26.2.17, error below 7.5e-8).</summary>
    private static double NormalCdf(double x)
    {
        var t = 1 / (1 + (0.2316419 * Math.Abs(x)));
        var d = 0.3989423 * Math.Exp(-x * x / 2);
        var p = d * t * (0.3193815 + (t * (-0.3565638 + (t * (1.781478 + (t * (-1.821256 + (t * 1.330274))))))));
        return x >= 0 ? 1 - p : p;
    }
}
