using System.Security.Cryptography;
using System.Text;

namespace Dossier.Core.Records;

/// <summary>
/// Dossier's stable record identifiers: derived from the source identity, so the same source record
/// gets the same id in every archive that imports it, and re-imports update instead of duplicating.
/// </summary>
public static class RecordId
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>A 13-character id: "d" followed by 12 characters of a SHA-256 of archive and record id.</summary>
    public static string For(SourceIdentifier source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return For(source.Archive, source.RecordId);
    }

    public static string For(string archive, string recordId)
    {
        var key = Encoding.UTF8.GetBytes(archive.Trim().Normalize(NormalizationForm.FormC) + "\n" + recordId.Trim());
        var hash = SHA256.HashData(key);
        var id = new StringBuilder("d", 13);
        ulong bits = BitConverter.ToUInt64(hash, 0);
        for (var i = 0; i < 12; i++)
        {
            id.Append(Alphabet[(int)(bits & 31)]);
            bits >>= 5;
        }
        return id.ToString();
    }

    /// <summary>True when <paramref name="value"/> has the shape of an id made by <see cref="For(string,string)"/>.</summary>
    public static bool IsRecordId(string value) =>
        value.Length == 13 && value[0] == 'd' && value.Skip(1).All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
