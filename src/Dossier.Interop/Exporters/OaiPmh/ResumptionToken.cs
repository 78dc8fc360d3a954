using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>
/// A stateless resumption token (OAI-PMH section 3.5): the list's arguments, how many items came before, the last
/// id sent and when the token expires, as JSON in base64url, followed by "." and an HMAC-SHA256 of it, so the
/// server keeps nothing and a changed or made-up token is refused.
/// </summary>
internal sealed record ResumptionToken(
    string Verb, string MetadataPrefix, string? Set, string? From, string? Until, int Cursor, string AfterId, long ExpiresAt)
{
    private const int MacLength = 16;

    public DateTimeOffset Expires => DateTimeOffset.FromUnixTimeSeconds(ExpiresAt);

    public string Encode(byte[] key)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(this, ResumptionTokenJson.Default.ResumptionToken);
        var mac = HMACSHA256.HashData(key, payload).AsSpan(0, MacLength);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(mac);
    }

    /// <summary>The token's content, or null when it is garbled, signed with another key, expired, or for another verb.</summary>
    public static ResumptionToken? Decode(string token, byte[] key, string verb, DateTimeOffset now)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || token.Length > 4096)
        {
            return null;
        }
        byte[] payload, mac;
        try
        {
            payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            mac = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return null;
        }
        var expected = HMACSHA256.HashData(key, payload).AsSpan(0, MacLength);
        if (!CryptographicOperations.FixedTimeEquals(expected, mac))
        {
            return null;
        }
        ResumptionToken? decoded;
        try
        {
            decoded = JsonSerializer.Deserialize(payload, ResumptionTokenJson.Default.ResumptionToken);
        }
        catch (JsonException)
        {
            return null;
        }
        return decoded is not null && string.Equals(decoded.Verb, verb, StringComparison.Ordinal) && decoded.Expires > now
            ? decoded
            : null;
    }
}
