namespace Dossier.Core.Languages;

/// <summary>Ranks n-gram profiles for a text by the log likelihood of its n-grams (Naive Bayes).</summary>
internal static class NgramClassifier
{
    /// <summary>How sharply confidence falls with the mean per-n-gram gap to the best profile.</summary>
    private const double Sharpness = 20.0;

    /// <summary>The best profile, the confidence in it, and every tag in order of score (a tag once, at its best reading).</summary>
    public static (NgramProfile Best, double Confidence, IReadOnlyList<string> Ranked)? Classify(string text, NgramModel model)
    {
        var profiles = model.Profiles;
        if (profiles.Count == 0)
        {
            return null;
        }
        var scores = new double[profiles.Count];
        var grams = model.Score(text, scores);
        if (grams == 0)
        {
            return null;
        }
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }
        // Other readings of the same language are not rivals.
        var sum = 0.0;
        var ranked = new List<string>(profiles.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]))
        {
            if (seen.Add(profiles[i].Tag))
            {
                sum += Math.Exp(Sharpness * (scores[i] - scores[best]) / grams);
                ranked.Add(profiles[i].Tag);
            }
        }
        return (profiles[best], Math.Round(1 / sum, 3), ranked);
    }
}
