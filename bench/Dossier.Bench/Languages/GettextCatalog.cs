using System.Buffers.Binary;
using System.Text;

namespace Dossier.Bench.Languages;

/// <summary>Reads a compiled GNU gettext message catalog (.mo): its original strings and their translations.</summary>
internal static class GettextCatalog
{
    private const uint Magic = 0x950412de;

    public static IEnumerable<(string Original, string Translation)> Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 28)
        {
            yield break;
        }
        var little = BinaryPrimitives.ReadUInt32LittleEndian(bytes) == Magic;
        uint At(int offset) => little ? BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset)) : BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset));
        var count = (int)At(8);
        var originals = (int)At(12);
        var translations = (int)At(16);
        string Text(int table, int i)
        {
            var length = (int)At(table + 8 * i);
            var offset = (int)At(table + 8 * i + 4);
            return offset + length <= bytes.Length ? Encoding.UTF8.GetString(bytes, offset, length) : "";
        }
        for (var i = 0; i < count; i++)
        {
            var original = Text(originals, i);
            if (original.Length == 0)
            {
                continue; // the catalog's header
            }
            yield return (original, Text(translations, i));
        }
    }
}
