namespace Dossier.Core.Scans;

/// <summary>What the archive accepts as a scan; a file past any limit is refused before it is decoded.</summary>
public sealed record ScanLimits
{
    /// <summary>Bytes of one file: a 600 dpi uncompressed A3 TIFF is about 200 MB.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Pixels of one page, read from the header before any decoding (a decompression bomb declares billions).</summary>
    public long MaxPixels { get; init; } = 150_000_000;

    /// <summary>Longest side of one page, in pixels.</summary>
    public int MaxSide { get; init; } = 30_000;

    /// <summary>Pages of one PDF.</summary>
    public int MaxPdfPages { get; init; } = 500;

    /// <summary>Resolution PDF pages are rasterised at.</summary>
    public int PdfDpi { get; init; } = 200;

    /// <summary>Longest a child process (rasteriser, OCR) may run on one page.</summary>
    public TimeSpan ProcessTimeout { get; init; } = TimeSpan.FromMinutes(3);

    public static ScanLimits Default { get; } = new();
}
