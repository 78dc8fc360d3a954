using System.Globalization;
using System.Reflection;

namespace Dossier.Core.Languages;

/// <summary>
/// The n-gram profiles shipped with Dossier (Profiles/ngrams.tsv, built by <c>bench -- languages build</c> from
/// software message translations, never from the text the identifier is evaluated on), loaded once on first use,
/// with a Russian-OCR reading of each non-Russian Cyrillic profile (<see cref="RussianReading"/>).
/// </summary>
public static class NgramProfiles
{
    public const string ResourceName = "Dossier.Core.Languages.Profiles.ngrams.tsv";

    private static readonly Lazy<IReadOnlyList<NgramProfile>> Loaded = new(Load);

    /// <summary>Every profile, the Russian-OCR readings included.</summary>
    public static IReadOnlyList<NgramProfile> All => Loaded.Value;

    private static readonly Lazy<NgramModel> Cyrillic = new(() => Model("Cyrl"));
    private static readonly Lazy<NgramModel> Latin = new(() => Model("Latn"));

    /// <summary>The model of one script ("Cyrl", "Latn").</summary>
    public static NgramModel Of(string script) => script switch
    {
        "Cyrl" => Cyrillic.Value,
        "Latn" => Latin.Value,
        _ => new NgramModel(script, []),
    };

    private static NgramModel Model(string script) =>
        new(script, [.. All.Where(p => string.Equals(p.Script, script, StringComparison.Ordinal))]);

    /// <summary>Reads profiles in the shipped format: "@ tag script total1 distinct1 total2 distinct2 total3 distinct3", then "gram TAB count" lines.</summary>
    public static List<NgramProfile> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var profiles = new List<NgramProfile>();
        string? tag = null;
        string? script = null;
        long[] totals = [];
        long[] distinct = [];
        Dictionary<string, int> counts = [];
        void Finish()
        {
            if (tag is not null && script is not null)
            {
                profiles.Add(new NgramProfile(tag, script, counts, totals, distinct));
            }
        }
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (line.StartsWith("@ ", StringComparison.Ordinal))
            {
                Finish();
                var parts = line.Split(' ');
                tag = parts[1];
                script = parts[2];
                totals = new long[LanguageNgrams.MaxOrder + 1];
                distinct = new long[LanguageNgrams.MaxOrder + 1];
                for (var order = 1; order <= LanguageNgrams.MaxOrder; order++)
                {
                    totals[order] = long.Parse(parts[1 + 2 * order], CultureInfo.InvariantCulture);
                    distinct[order] = long.Parse(parts[2 + 2 * order], CultureInfo.InvariantCulture);
                }
                counts = new Dictionary<string, int>(StringComparer.Ordinal);
                continue;
            }
            var tab = line.LastIndexOf('\t');
            counts[line[..tab]] = int.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
        }
        Finish();
        return profiles;
    }

    private static List<NgramProfile> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The language profiles ({ResourceName}) are missing from Dossier.Core.");
        using var reader = new StreamReader(stream);
        var profiles = Read(reader);
        var readings = profiles
            .Where(p => string.Equals(p.Script, "Cyrl", StringComparison.Ordinal) && !string.Equals(p.Tag, "ru", StringComparison.Ordinal) && RussianReading.Changes(p.Counts.Keys))
            .Select(p => p.Mapped(RussianReading.Fold, "read by a Russian OCR"))
            .ToList();
        return [.. profiles, .. readings];
    }
}
