using System.Text;
using System.Text.Json;
using Dossier.Core.Romanization;
using Dossier.Testing;

namespace Dossier.Core.Tests.Romanization;

/// <summary>Reads the standards' published test pairs from ../shared (never copied into the repository).</summary>
internal static class PublishedPairs
{
    public static IReadOnlyList<(string Source, string Expected)> Iuliia(string schema)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Shared.PathTo($"corpora/translit/iuliia/{schema}.json")));
        return doc.RootElement.GetProperty("samples").EnumerateArray()
            .Select(s => (s[0].GetString()!, s[1].GetString()!))
            .ToList();
    }

    public static IReadOnlyList<(string Source, string Expected)> Interscript(string map) =>
        File.ReadLines(Shared.PathTo("corpora/translit/interscript/interscript_tests.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("map").GetString() == map)
            .Select(e => (e.GetProperty("source").GetString()!, e.GetProperty("expected").GetString()!))
            .ToList();

    public static IReadOnlyList<(string Source, string Expected)> CldrTestData(string file) =>
        File.ReadLines(Shared.PathTo($"corpora/translit/cldr/testData/{file}"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Where(p => p.Length >= 2)
            .Select(p => (p[0], p[1]))
            .ToList();

    /// <summary>
    /// The test sets disagree on glyphs, not letters: the soft/hard-sign marks (’ ʹ ´ ' and ” ʺ "), iuliia's
    /// Cyrillic ё standing for ë, interscript's ǐ (caron) for ALA-LC's ĭ (breve), and whether the second half
    /// of a tied pair is capitalized (I͡u / I͡U). This folds exactly those and nothing else.
    /// </summary>
    public static string GlyphFold(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            sb.Append(c switch
            {
                '\u2019' or '\u02B9' or '\u00B4' => '\'',
                '\u201D' or '\u02BA' => '"',
                'ё' => 'ë',
                'Ё' => 'Ë',
                'ǐ' => 'ĭ',
                'Ǐ' => 'Ĭ',
                _ => i > 0 && s[i - 1] == '\u0361' ? char.ToLowerInvariant(c) : c,
            });
        }

        return sb.ToString();
    }

    public static (int Exact, int Equivalent, List<string> Failures) Run(
        IEnumerable<(string Source, string Expected)> pairs, RomanizationScheme scheme)
    {
        int exact = 0, equivalent = 0;
        var failures = new List<string>();
        foreach (var (source, expected) in pairs)
        {
            var actual = Romanizer.Romanize(source, scheme);
            if (actual == expected)
            {
                exact++;
                equivalent++;
            }
            else if (GlyphFold(actual) == GlyphFold(expected))
            {
                equivalent++;
            }
            else
            {
                failures.Add($"{source} → {actual} (expected {expected})");
            }
        }

        return (exact, equivalent, failures);
    }
}
