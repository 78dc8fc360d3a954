using System.Security.Cryptography;
using System.Text;

namespace Dossier.Core.Accounts;

/// <summary>
/// Bearer token secrets (RFC 6750): 256 random bits, base64url, behind a recognisable prefix so a leaked token is
/// easy to find in logs and repositories. Stored as an unsalted SHA-256: with 256 bits of entropy no dictionary or
/// rainbow table applies, and a fast hash lets every request be checked with one indexed lookup.
/// </summary>
public static class ApiTokenSecret
{
    public const string Prefix = "dossier_";

    /// <summary>A new secret, e.g. <c>dossier_3q2-7w…</c> (51 characters).</summary>
    public static string Generate() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The form kept at rest: lower-case hex SHA-256 of the secret's UTF-8 bytes.</summary>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>True when <paramref name="candidate"/> has the shape of a secret (checked before any lookup).</summary>
    public static bool LooksValid(string? candidate) =>
        candidate is { Length: > 20 and < 200 } && candidate.StartsWith(Prefix, StringComparison.Ordinal);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
