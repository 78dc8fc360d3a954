using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dossier.Core.Text;

namespace Dossier.Core.Authorities;

/// <summary>
/// Deterministic authority ids: a kind letter ("p" person, "o" organisation, "l" place) and 12 characters of a
/// SHA-256 of the normalized heading, so the same heading gets the same id in every import and every volume.
/// </summary>
public static class AuthorityId
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string For(AuthorityKind kind, string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var prefix = kind switch
        {
            AuthorityKind.Person => 'p',
            AuthorityKind.Organisation => 'o',
            _ => 'l',
        };
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(NormalizeHeading(heading)));
        var id = new StringBuilder(13).Append(prefix);
        var bits = BitConverter.ToUInt64(hash, 0);
        for (var i = 0; i < 12; i++)
        {
            id.Append(Alphabet[(int)(bits & 31)]);
            bits >>= 5;
        }
        return id.ToString();
    }

    /// <summary>
    /// The heading as compared for exact identity: NFC, lower case, punctuation other than the comma dropped,
    /// whitespace collapsed ("Khrushchev, Nikita S." and "KHRUSHCHEV,  Nikita S" are one heading).
    /// </summary>
    public static string NormalizeHeading(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var text = new StringBuilder(heading.Length);
        var space = false;
        foreach (var c in CodePoints.Compose(heading))
        {
            if (char.IsLetterOrDigit(c) || c == ',')
            {
                if (space && text.Length > 0 && c != ',')
                {
                    text.Append(' ');
                }
                space = false;
                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                space = true;
            }
        }
        return text.ToString().ToLower(CultureInfo.InvariantCulture);
    }
}
