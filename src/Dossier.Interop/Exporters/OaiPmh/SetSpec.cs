using System.Globalization;
using System.Text;

namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>
/// A collection id as an OAI-PMH setSpec. The protocol's schema allows only A-Z a-z 0-9 - _ . ! * ' ( ) and "~"
/// in a spec's parts (":" separates levels of a hierarchy, which collections have none), so every other byte of the
/// id's UTF-8, and "~" itself, is written "~XX" in hexadecimal. The mapping is reversible.
/// </summary>
internal static class SetSpec
{
    public static string Encode(string collectionId)
    {
        var spec = new StringBuilder(collectionId.Length);
        foreach (var b in Encoding.UTF8.GetBytes(collectionId))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '!' or '*' or '\'' or '(' or ')'))
            {
                spec.Append(c);
            }
            else
            {
                spec.Append('~').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return spec.ToString();
    }

    /// <summary>The collection id a spec names, or null when <paramref name="spec"/> is not one this repository writes.</summary>
    public static string? Decode(string spec)
    {
        var bytes = new List<byte>(spec.Length);
        for (var i = 0; i < spec.Length; i++)
        {
            var c = spec[i];
            if (c == '~')
            {
                if (i + 2 >= spec.Length
                    || !byte.TryParse(spec.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
                {
                    return null;
                }
                bytes.Add(b);
                i += 2;
            }
            else if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                return null;
            }
        }
        var id = Encoding.UTF8.GetString(bytes.ToArray());
        return string.Equals(Encode(id), spec, StringComparison.Ordinal) ? id : null;
    }
}
