using System.Globalization;

namespace Dossier.Core.Scans;

/// <summary>Where scans live: content-addressed files under the data folder, and their IIIF addresses.</summary>
public static class ScanPaths
{
    /// <summary>The IIIF Image API 3 base of every scan: "/iiif/image/" + SHA-256.</summary>
    public const string ImageServicePrefix = "/iiif/image/";

    public const string FolderName = "scans";

    /// <summary>True for 64 lower-case hex digits: the only names a scan file may have.</summary>
    public static bool IsSha256(string? value) =>
        value is { Length: 64 } && value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    /// <summary>&lt;data&gt;/scans/ab/cd: two levels of fan-out keep folders small.</summary>
    public static string FolderOf(string dataFolder, string sha256)
    {
        if (!IsSha256(sha256))
        {
            throw new ArgumentException("not a SHA-256: " + sha256, nameof(sha256));
        }
        return Path.Combine(dataFolder, FolderName, sha256[..2], sha256[2..4]);
    }

    public static string ExtensionOf(string mediaType) => mediaType switch
    {
        "image/tiff" => ".tif",
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/jp2" => ".jp2",
        "application/pdf" => ".pdf",
        _ => throw new ArgumentException("no scan type " + mediaType, nameof(mediaType)),
    };

    public static string FileOf(string dataFolder, string sha256, string mediaType) =>
        Path.Combine(FolderOf(dataFolder, sha256), sha256 + ExtensionOf(mediaType));

    /// <summary>The OCR of a scan in one language, beside it (JSON, see <see cref="OcrPage"/>).</summary>
    public static string WordsOf(string dataFolder, string sha256, string lang)
    {
        if (lang.Length is 0 or > 35 || !lang.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException("not a language tag: " + lang, nameof(lang));
        }
        return Path.Combine(FolderOf(dataFolder, sha256), sha256 + ".ocr." + lang + ".json");
    }

    /// <summary>The ids of the records a scan was attached to, one a line, beside it.</summary>
    public static string OwnersOf(string dataFolder, string sha256) =>
        Path.Combine(FolderOf(dataFolder, sha256), sha256 + ".records");

    public static string Label(int number) => number.ToString(CultureInfo.InvariantCulture);
}
