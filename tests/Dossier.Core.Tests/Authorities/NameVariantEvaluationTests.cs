using System.Globalization;
using System.Text.Json;
using Dossier.Core.Authorities;
using Dossier.Testing;

namespace Dossier.Core.Tests.Authorities;

/// <summary>
/// Precision and recall of the matcher over every pair of spellings in the FRUS surname groups: pairs within a
/// group count as positives, pairs across groups as negatives. The groups are by surname alone, so a group
/// also holds different people (Anderson, Dillon / Anderson, Robert B.): recall has a ceiling well under 1.
/// </summary>
public sealed class NameVariantEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Should_match_the_frus_soviet_name_variants_with_high_precision()
    {
        var groups = File.ReadLines(Shared.PathTo("corpora/frus/soviet-name-variants.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("variants").EnumerateArray().Select(v => v.GetString()!).ToList())
            .ToList();
        var names = groups.SelectMany((g, i) => g.Select(n => (Group: i, Name: PersonName.Parse(n)))).ToList();
        var matcher = new NameVariantMatcher();

        int tp = 0, fp = 0, fn = 0, tn = 0;
        var falsePositives = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = i + 1; j < names.Count; j++)
            {
                var same = names[i].Group == names[j].Group;
                var match = matcher.Compare(names[i].Name, names[j].Name).IsProbableMatch;
                switch (same, match)
                {
                    case (true, true): tp++; break;
                    case (true, false): fn++; break;
                    case (false, true): fp++; falsePositives.Add($"{names[i].Name} ~ {names[j].Name}"); break;
                    default: tn++; break;
                }
            }
        }
        var precision = tp / (double)(tp + fp);
        var recall = tp / (double)(tp + fn);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pairs {tp + fp + fn + tn}: tp {tp} fp {fp} fn {fn} tn {tn}; precision {precision:0.000} recall {recall:0.000}"));
        falsePositives.ForEach(output.WriteLine);

        Assert.True(precision >= 0.95, $"precision {precision}");
        Assert.True(recall >= 0.35, $"recall {recall}");
    }
}
