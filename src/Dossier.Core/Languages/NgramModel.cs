namespace Dossier.Core.Languages;

/// <summary>
/// The profiles of one script and their common background: the mean relative frequency of each n-gram over
/// all of them. A profile's probability for an n-gram is interpolated with the background (Jelinek–Mercer,
/// λ = 0.9), so an n-gram a profile lacks costs every language the same, whatever the size of its training
/// text; additive smoothing instead favoured the smallest profiles on noisy (OCR) text.
/// </summary>
public sealed class NgramModel
{
    private const double Lambda = 0.9;

    private readonly Dictionary<string, double> _background = new(StringComparer.Ordinal);
    private readonly double[] _floor = new double[LanguageNgrams.MaxOrder + 1];

    public NgramModel(string script, IReadOnlyList<NgramProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        Script = script;
        Profiles = profiles;
        foreach (var profile in profiles)
        {
            foreach (var gram in profile.Counts.Keys)
            {
                _background[gram] = _background.GetValueOrDefault(gram) + profile.Frequency(gram, gram.Length) / profiles.Count;
            }
        }
        for (var order = 1; order <= LanguageNgrams.MaxOrder; order++)
        {
            // What the background gives an n-gram no profile kept: one occurrence in all their text.
            _floor[order] = 1.0 / Math.Max(1, profiles.Sum(p => p.Totals[order]));
        }
    }

    public string Script { get; }

    public IReadOnlyList<NgramProfile> Profiles { get; }

    /// <summary>Adds each profile's log probability of the text's n-grams to <paramref name="scores"/>; returns how many n-grams there were.</summary>
    public int Score(string text, double[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var grams = 0;
        LanguageNgrams.Visit(text, Script, (gram, order) =>
        {
            grams++;
            var background = (1 - Lambda) * Math.Max(_background.GetValueOrDefault(gram), _floor[order]);
            for (var i = 0; i < Profiles.Count; i++)
            {
                scores[i] += Math.Log(Lambda * Profiles[i].Frequency(gram, order) + background);
            }
        });
        return grams;
    }
}
