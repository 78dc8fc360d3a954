using System.Globalization;
using System.Text.Json;
using Dossier.Testing;

namespace Dossier.Web.Tests.Reading;

/// <summary>The hand-checked paragraph correspondences of aligned-pairs.json, as sets of (source, target) paragraph links.</summary>
internal sealed record HandAlignedPairs(string Name, bool TunedOn, string? Record, string? Source, string? SourceLang, string? Target, string? TargetLang, IReadOnlyList<string> Beads)
{
    public static IReadOnlyList<HandAlignedPairs> Load()
    {
        var path = Path.Combine(Shared.Root, "tests", "Dossier.Web.Tests", "Reading", "aligned-pairs.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("sets").EnumerateArray().Select(set => new HandAlignedPairs(
            set.GetProperty("name").GetString()!,
            set.TryGetProperty("tuned_on", out var tuned) && tuned.GetBoolean(),
            Text(set, "record"), Text(set, "source"), Text(set, "source_lang"), Text(set, "target"), Text(set, "target_lang"),
            set.GetProperty("beads").EnumerateArray().Select(b => b.GetString()!).ToList())).ToList();
    }

    /// <summary>Every (source paragraph, target paragraph) pair the beads join.</summary>
    public HashSet<(int, int)> Links() => [.. Beads.SelectMany(LinksOf)];

    /// <summary>"13,14-13" → (13,13), (14,13).</summary>
    public static IEnumerable<(int, int)> LinksOf(string bead)
    {
        var sides = bead.Split('-');
        var source = Numbers(sides[0]);
        var target = Numbers(sides[1]);
        return source.SelectMany(s => target.Select(t => (s, t)));
    }

    public static string BeadOf(IEnumerable<int> source, IEnumerable<int> target) =>
        string.Join(',', source.Select(i => i.ToString(CultureInfo.InvariantCulture))) + "-" + string.Join(',', target.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static int[] Numbers(string side) =>
        side.Length == 0 ? [] : side.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();

    private static string? Text(JsonElement set, string name) => set.TryGetProperty(name, out var value) ? value.GetString() : null;
}
