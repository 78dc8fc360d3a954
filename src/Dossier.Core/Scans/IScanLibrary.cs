namespace Dossier.Core.Scans;

/// <summary>
/// The archive's page images: checked, stored content-addressed (SHA-256) in the data folder, and served
/// as IIIF Image API 3 derivatives. Implemented by Dossier.Ocr with libvips and poppler.
/// </summary>
public interface IScanLibrary
{
    /// <summary>
    /// Checks <paramref name="file"/> (type by its bytes, size, pixels from the header, no symlink, no PDF script)
    /// and stores it; a PDF is rasterised, one page image per page. Throws <see cref="ScanRejectedException"/>
    /// naming the file when it is refused. Storing a file already there writes nothing.
    /// </summary>
    Task<StoredFile> StoreAsync(string file, CancellationToken cancellationToken = default);

    /// <summary>The stored image of a page, or null when it is missing.</summary>
    string? PathOf(string sha256);

    /// <summary>Records that <paramref name="recordId"/> shows the scan, so the image service can check that record's visibility.</summary>
    Task AddOwnerAsync(string sha256, string recordId, CancellationToken cancellationToken = default);

    /// <summary>Ids of the records that have shown the scan (each still to be checked: it may have dropped it since).</summary>
    Task<IReadOnlyList<string>> OwnersAsync(string sha256, CancellationToken cancellationToken = default);

    Task WriteWordsAsync(string sha256, OcrPage page, CancellationToken cancellationToken = default);

    /// <summary>The OCR of a page in a language, or null when it was not read in that language.</summary>
    Task<OcrPage?> ReadWordsAsync(string sha256, string lang, CancellationToken cancellationToken = default);

    /// <summary>
    /// A IIIF Image API 3 derivative of a stored page as JPEG bytes, from the cache when it was made before.
    /// </summary>
    Task<byte[]> RenderAsync(ScanPage page, IiifImageRequest request, CancellationToken cancellationToken = default);
}
