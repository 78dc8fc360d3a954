using System.Text;
using Dossier.Core.Importing;

namespace Dossier.Search.Indexing;

/// <summary>
/// Keeps every exact term and sorted doc value within what Lucene holds (<see cref="ImportLimits.IndexTermBytes"/>
/// UTF-8 bytes), so no stored value can make the writer refuse a document: longer values are cut at a character boundary.
/// </summary>
internal static class IndexTerms
{
    public const int MaxBytes = ImportLimits.IndexTermBytes;

    /// <summary>True when <paramref name="value"/> is longer than one term may be.</summary>
    public static bool TooLong(string value) =>
        value.Length > MaxBytes / 3 && Encoding.UTF8.GetByteCount(value) > MaxBytes;

    /// <summary><paramref name="value"/>, or its longest prefix that fits in one term without splitting a character.</summary>
    public static string Fit(string value)
    {
        if (!TooLong(value))
        {
            return value;
        }
        var bytes = 0;
        var end = 0;
        while (end < value.Length)
        {
            var width = char.IsHighSurrogate(value[end]) && end + 1 < value.Length && char.IsLowSurrogate(value[end + 1]) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(value.AsSpan(end, width));
            if (bytes + size > MaxBytes)
            {
                break;
            }
            bytes += size;
            end += width;
        }
        return value[..end];
    }
}
