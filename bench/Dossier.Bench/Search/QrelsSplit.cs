using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Dossier.Bench.Search;

/// <summary>
/// qrels-dev split by volume into a tuning set and a held-out set, by a hash of the volume id (so the split does not
/// depend on file order or on what was looked at): the first 4 bytes (big-endian) of SHA-256 over the id's UTF-8 bytes; a volume is held out
/// when the hash modulo <see cref="Buckets"/> is 0 (about a quarter), tuning otherwise. Headings of held-out volumes
/// are only to be evaluated, never looked at while tuning. `--pick T,H` builds the bench corpus from the first T
/// tuning and the first H held-out volumes of qrels-dev in hash order (a folder of links to the unpacked volumes).
/// </summary>
internal static class QrelsSplit
{
    public const int Buckets = 4;

    public static uint Hash(string volume) =>
        System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(volume)));

    public static bool IsHeldOut(string volume) => Hash(volume) % Buckets == 0;

    /// <summary>The volumes of <paramref name="qrels"/> in hash order: the first <paramref name="tuning"/> tuning ones and the first <paramref name="heldOut"/> held-out ones.</summary>
    public static List<string> Pick(string qrels, int tuning, int heldOut)
    {
        var volumes = File.ReadLines(qrels).Where(l => l.Length > 0)
            .Select(l => { using var json = JsonDocument.Parse(l); return json.RootElement.GetProperty("volume_id").GetString() ?? ""; })
            .Distinct(StringComparer.Ordinal).OrderBy(Hash).ThenBy(v => v, StringComparer.Ordinal).ToList();
        return [.. volumes.Where(v => !IsHeldOut(v)).Take(tuning), .. volumes.Where(IsHeldOut).Take(heldOut)];
    }

    /// <summary>A folder holding links to the picked volumes' XML files in <paramref name="unpacked"/>.</summary>
    public static string LinkFolder(string unpacked, IReadOnlyList<string> volumes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dossier-bench-pick-" + string.Join('+', volumes).GetHashCode(StringComparison.Ordinal).ToString("x8", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var files = Directory.EnumerateFiles(unpacked, "*.xml", SearchOption.AllDirectories).ToDictionary(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal);
        foreach (var volume in volumes)
        {
            var link = Path.Combine(folder, volume + ".xml");
            if (!File.Exists(link) && files.TryGetValue(volume, out var target))
            {
                File.CreateSymbolicLink(link, target);
            }
        }
        return folder;
    }
}
