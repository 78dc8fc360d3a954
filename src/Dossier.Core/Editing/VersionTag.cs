using System.Globalization;

namespace Dossier.Core.Editing;

/// <summary>Entity tags of record versions (RFC 9110 §8.8.3): <c>"v7"</c> names version 7.</summary>
public static class VersionTag
{
    public static string Format(int number) => "\"v" + number.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>The version an If-Match value names; null for "*", a missing header or a tag this archive never gave.</summary>
    public static int? Parse(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return null;
        }
        var tag = ifMatch.Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal))
        {
            tag = tag[2..];
        }
        tag = tag.Trim('"');
        if (tag.StartsWith('v') && int.TryParse(tag.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 0)
        {
            return number;
        }
        return -1;
    }
}
