using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>
/// Item identifiers in the oai-identifier scheme (OAI-PMH guidelines, oai-identifier.xsd):
/// "oai:" repositoryIdentifier ":" localIdentifier, the local part being the record's archive id with
/// characters outside the scheme's set percent-encoded.
/// </summary>
internal static partial class OaiIdentifier
{
    public static string For(string repositoryIdentifier, string recordId) => "oai:" + repositoryIdentifier + ":" + Escape(recordId);

    /// <summary>The record id in <paramref name="identifier"/>, or null when it is not an identifier of this repository.</summary>
    public static string? RecordIdOf(string repositoryIdentifier, string identifier)
    {
        var prefix = "oai:" + repositoryIdentifier + ":";
        if (!identifier.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || identifier.Length == prefix.Length)
        {
            return null;
        }
        var local = identifier[prefix.Length..];
        try
        {
            var id = Uri.UnescapeDataString(local);
            return string.Equals(Escape(id), local, StringComparison.OrdinalIgnoreCase) ? id : null;
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="host"/> is a repositoryIdentifier the scheme accepts (a domain name of two labels or more).</summary>
    public static bool IsRepositoryIdentifier(string host) => RepositoryPattern().IsMatch(host);

    private static string Escape(string recordId)
    {
        var local = new StringBuilder(recordId.Length);
        foreach (var b in Encoding.UTF8.GetBytes(recordId))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || "-_.!~*'();/?:@&=+$,".Contains(c, StringComparison.Ordinal)))
            {
                local.Append(c);
            }
            else
            {
                local.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return local.ToString();
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9\-]*(\.[a-zA-Z][a-zA-Z0-9\-]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryPattern();
}
