using System.Collections.Concurrent;

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

    /// <summary>
    /// Each n-gram's log probabilities per profile, computed once: scoring a text was a dictionary lookup and a
    /// logarithm per n-gram and profile (27 Cyrillic profiles), most of the cost of identifying a paragraph.
    /// Bounded, since the n-grams of a script's letters are finite but a text may hold any letters.
    /// </summary>
    private readonly ConcurrentDictionary<string, double[]> _terms = new(StringComparer.Ordinal);

    private const int MaxCachedTerms = 200_000;

    private readonly WritingScript? _script;

    private int _cached;

    public NgramModel(string script, IReadOnlyList<NgramProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        Script = script;
        _script = LanguageNgrams.Parse(script);
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
        var terms = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        LanguageNgrams.Visit(text, _script, (gram, order) =>
        {
            grams++;
            if (!terms.TryGetValue(gram, out var logs))
            {
                logs = Terms(gram.ToString(), order);
                if (Volatile.Read(ref _cached) < MaxCachedTerms && terms.TryAdd(gram, logs))
                {
                    Interlocked.Increment(ref _cached);
                }
            }
            for (var i = 0; i < logs.Length; i++)
            {
                scores[i] += logs[i];
            }
        });
        return grams;
    }

    /// <summary>Each profile's log probability of one n-gram: the same terms, in the same order, whether cached or not.</summary>
    private double[] Terms(string gram, int order)
    {
        var logs = new double[Profiles.Count];
        var background = (1 - Lambda) * Math.Max(_background.GetValueOrDefault(gram), _floor[order]);
        for (var i = 0; i < logs.Length; i++)
        {
            logs[i] = Math.Log(Lambda * Profiles[i].Frequency(gram, order) + background);
        }
        return logs;
    }
}
