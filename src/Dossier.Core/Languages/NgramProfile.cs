namespace Dossier.Core.Languages;

/// <summary>
/// One language's character n-gram counts (orders 1 to 3), as built from training text by the languages bench,
/// with the totals that turn counts into relative frequencies.
/// </summary>
public sealed class NgramProfile
{
    private readonly Dictionary<string, int> _counts;
    private readonly long[] _totals;

    /// <param name="tag">the BCP-47 tag answered for this profile</param>
    /// <param name="script">the ISO 15924 code of the script the profile is written in</param>
    /// <param name="counts">count per n-gram, of every order</param>
    /// <param name="totals">total n-grams seen per order (index 1 to 3), before rare ones were dropped</param>
    /// <param name="distinct">distinct n-grams seen per order (index 1 to 3), before rare ones were dropped</param>
    /// <param name="variant">a name for a derived profile, such as "read by a Russian OCR"</param>
    public NgramProfile(string tag, string script, Dictionary<string, int> counts, long[] totals, long[] distinct, string? variant = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(distinct);
        Tag = tag;
        Script = script;
        Variant = variant;
        _counts = counts;
        _totals = totals;
        Distinct = distinct;
    }

    public string Tag { get; }

    public string Script { get; }

    public string? Variant { get; }

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public IReadOnlyList<long> Totals => _totals;

    public IReadOnlyList<long> Distinct { get; }

    /// <summary>The relative frequency of one n-gram among the profile's n-grams of its order (0 when not kept).</summary>
    public double Frequency(string gram, int order) =>
        _counts.TryGetValue(gram, out var count) ? count / (double)_totals[order] : 0;

    /// <summary>The same profile with every letter mapped through <paramref name="map"/> (counts of n-grams that meet are added).</summary>
    public NgramProfile Mapped(Func<char, char> map, string variant)
    {
        ArgumentNullException.ThrowIfNull(map);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (gram, count) in _counts)
        {
            var mapped = string.Create(gram.Length, (gram, map), static (span, state) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = state.map(state.gram[i]);
                }
            });
            counts[mapped] = counts.GetValueOrDefault(mapped) + count;
        }
        var distinct = new long[LanguageNgrams.MaxOrder + 1];
        for (var order = 1; order <= LanguageNgrams.MaxOrder; order++)
        {
            var before = _counts.Keys.Count(k => k.Length == order);
            var after = counts.Keys.Count(k => k.Length == order);
            distinct[order] = Math.Max(1, Distinct[order] - before + after);
        }
        return new NgramProfile(Tag, Script, counts, _totals, distinct, variant);
    }
}
