using System.Text.Json.Serialization;

namespace Dossier.Core.Scans;

/// <summary>
/// One page image of a record's original: a stored file named by its SHA-256, its size in pixels, and its
/// place among the record's pages. What a IIIF Presentation canvas needs (width, height, image service) is here.
/// </summary>
public sealed class ScanPage
{
    /// <summary>Lower-case hex SHA-256 of the stored image file; its name in the data folder and its IIIF identifier.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>IANA media type of the stored image ("image/tiff", "image/jpeg", "image/png", "image/jp2").</summary>
    public string MediaType { get; set; } = "";

    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>1-based position among the record's pages.</summary>
    public int Number { get; set; }

    /// <summary>The page's label ("1", "2r", "p. 3 of letter.pdf"); the number when nothing better is known.</summary>
    public string? Label { get; set; }

    /// <summary>SHA-256 of the PDF this page was rasterised from, when it came from one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SourceSha256 { get; set; }

    /// <summary>
    /// The IIIF Image API 3 service id, relative to the site root: "/iiif/image/{sha256}". A manifest's canvas
    /// puts the site's base address before it.
    /// </summary>
    [JsonIgnore]
    public string ImageServicePath => ScanPaths.ImageServicePrefix + Sha256;
}
