using System.Text.Json;
using Dossier.Testing;

namespace Dossier.Ocr.Tests.Support;

/// <summary>Units of the UDHR parallel corpus (../shared/corpora/udhr/udhr_parallel.jsonl) in one language.</summary>
internal static class Udhr
{
    public static string Text(string language, params string[] units)
    {
        var wanted = units.ToHashSet(StringComparer.Ordinal);
        var parts = new List<string>();
        foreach (var line in File.ReadLines(Shared.PathTo("corpora/udhr/udhr_parallel.jsonl")))
        {
            using var unit = JsonDocument.Parse(line);
            if (wanted.Contains(unit.RootElement.GetProperty("id").GetString()!)
                && unit.RootElement.GetProperty("texts").TryGetProperty(language, out var text))
            {
                parts.Add(text.GetString()!);
            }
        }
        return string.Join("\n\n", parts);
    }
}
