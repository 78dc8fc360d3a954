using System.Text.Json;
using Dossier.Testing;

namespace Dossier.Core.Tests.Languages;

/// <summary>The UDHR parallel units in ../shared: per language code, its BCP-47 tag and its 32 texts.</summary>
internal static class UdhrCorpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, (string Tag, IReadOnlyList<string> Texts)>> Loaded = new(Load);

    public static IReadOnlyDictionary<string, (string Tag, IReadOnlyList<string> Texts)> Languages => Loaded.Value;

    private static IReadOnlyDictionary<string, (string Tag, IReadOnlyList<string> Texts)> Load()
    {
        using var languages = JsonDocument.Parse(File.ReadAllText(Shared.PathTo("corpora/udhr/udhr_languages.json")));
        var texts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Shared.PathTo("corpora/udhr/udhr_parallel.jsonl")))
        {
            using var unit = JsonDocument.Parse(line);
            foreach (var text in unit.RootElement.GetProperty("texts").EnumerateObject())
            {
                if (!texts.TryGetValue(text.Name, out var list))
                {
                    texts[text.Name] = list = [];
                }
                list.Add(text.Value.GetString() ?? "");
            }
        }
        var result = new SortedDictionary<string, (string, IReadOnlyList<string>)>(StringComparer.Ordinal);
        foreach (var language in languages.RootElement.EnumerateObject())
        {
            result[language.Name] = (language.Value.GetProperty("bcp47").GetString()!, texts.GetValueOrDefault(language.Name) ?? []);
        }
        return result;
    }
}
