using System.Text.Json;
using Dossier.Search.Analysis;
using Dossier.Testing;

namespace Dossier.Search.Tests.Analysis;

/// <summary>Given-name spellings from the FRUS volumes (read from ../shared).</summary>
public sealed class NameVariantKeyTests
{
    private static List<List<string>> GivenNamesPerSurname() =>
        File.ReadLines(Shared.PathTo("corpora/frus/soviet-name-variants.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("variants").EnumerateArray()
                .Select(v => v.GetString()!.Split(','))
                .Where(p => p.Length > 1)
                .Select(p => p[1].Trim().Split(' ')[0].Trim('.', '(', ')'))
                .Where(g => g.Length >= 3)
                .Distinct(StringComparer.Ordinal)
                .ToList())
            .ToList();

    [Fact]
    public void Should_give_every_spelling_of_vasili_one_key()
    {
        var vasili = GivenNamesPerSurname().SelectMany(g => g).Where(g => g.StartsWith("Vas", StringComparison.Ordinal)).Distinct().ToList();

        Assert.True(vasili.Count >= 4);
        Assert.Single(vasili.Select(v => DossierAnalyzers.Terms(SearchFields.Key, v, "en").Single()).Distinct());
    }

    [Fact]
    public void Should_not_merge_given_names_with_different_initials()
    {
        var merged = new List<string>();
        foreach (var names in GivenNamesPerSurname())
        {
            foreach (var a in names)
            {
                foreach (var b in names.Where(b => b[0] != a[0]))
                {
                    if (DossierAnalyzers.Terms(SearchFields.Key, a, "en").Intersect(DossierAnalyzers.Terms(SearchFields.Key, b, "en")).Any())
                    {
                        merged.Add($"{a}/{b}");
                    }
                }
            }
        }

        Assert.Empty(merged);
    }
}
