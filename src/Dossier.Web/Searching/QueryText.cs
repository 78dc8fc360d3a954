using System.Text;

namespace Dossier.Web.Searching;

/// <summary>
/// What a visitor typed, made safe to normalize (Unicode NFC refuses unpaired surrogates and noncharacters such
/// as U+FFFE, and a query must never fail for its bytes): each such code point becomes U+FFFD.
/// </summary>
public static class QueryText
{
    public static string Clean(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        StringBuilder? cleaned = null;
        var at = 0;
        while (at < query.Length)
        {
            var status = Rune.DecodeFromUtf16(query.AsSpan(at), out var rune, out var used);
            var bad = status != System.Buffers.OperationStatus.Done || IsNoncharacter(rune.Value);
            if (bad && cleaned is null)
            {
                cleaned = new StringBuilder(query.Length).Append(query, 0, at);
            }
            if (bad)
            {
                cleaned!.Append('\uFFFD');
            }
            else
            {
                cleaned?.Append(query, at, used);
            }
            at += Math.Max(1, used);
        }
        return cleaned?.ToString() ?? query;
    }

    private static bool IsNoncharacter(int value) => value is >= 0xFDD0 and <= 0xFDEF || (value & 0xFFFE) == 0xFFFE;
}
