using Dossier.Core.Romanization;

namespace Dossier.Core.Names;

/// <summary>
/// Which of the spellings a record writes a name in stands for it: one rule for a new authority's heading
/// (<see cref="NewNames"/>) and for the name a record cites a person or place by (<see cref="NameLinker"/>).
/// </summary>
internal static class WrittenSpelling
{
    /// <summary>
    /// The Latin spelling written most often (the reading room's readers read the translation); on a tie, the one
    /// nearest the Cyrillic spellings romanized by BGN/PCGN (Pishevari before Pischevari for Пишевери), then the
    /// earlier. Null when every spelling is Cyrillic.
    /// </summary>
    public static string? MostWrittenLatin(IReadOnlyList<(string Text, bool Cyrillic, int Layer, int Start)> spellings)
    {
        ArgumentNullException.ThrowIfNull(spellings);
        var original = spellings.Where(s => s.Cyrillic).Select(s => Romanizer.Romanize(s.Text, RomanizationScheme.BgnPcgn).ToLowerInvariant()).ToList();
        return spellings.Where(s => !s.Cyrillic).GroupBy(s => s.Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => original.Count == 0 ? 0 : original.Min(o => Authorities.Levenshtein.Distance(o, g.Key.ToLowerInvariant())))
            .ThenBy(g => g.Min(s => (s.Layer, s.Start)))
            .Select(g => g.Key).FirstOrDefault();
    }
}
