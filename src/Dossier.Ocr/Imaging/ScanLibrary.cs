using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dossier.Core.Records;
using Dossier.Core.Scans;

namespace Dossier.Ocr.Imaging;

/// <summary>
/// <see cref="IScanLibrary"/> on a data folder: files copied in once (the copy, not the path, is checked, so a file
/// swapped after the check is never stored), named by SHA-256 under &lt;data&gt;/scans/ab/cd/, derivatives cached under
/// &lt;data&gt;/scans/cache/.
/// </summary>
public sealed class ScanLibrary : IScanLibrary
{
    private readonly string _dataFolder;
    private readonly ScanLimits _limits;
    private readonly ImageChecker _checker;
    private readonly IiifRenderer _renderer;
    private readonly SemaphoreSlim _ownersLock = new(1, 1);

    public ScanLibrary(string dataFolder, ScanLimits? limits = null)
    {
        _dataFolder = Path.GetFullPath(dataFolder);
        _limits = limits ?? ScanLimits.Default;
        _checker = new ImageChecker(_limits);
        _renderer = new IiifRenderer(Path.Combine(_dataFolder, ScanPaths.FolderName, "cache"));
    }

    public async Task<StoredFile> StoreAsync(string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var shown = file;
        var info = new FileInfo(file);
        if (info.LinkTarget is not null)
        {
            throw new ScanRejectedException(shown, "is a symbolic link; attach the file itself");
        }
        if (!info.Exists)
        {
            throw new ScanRejectedException(shown, Directory.Exists(file) ? "is a folder, not a file" : "no such file");
        }
        if (info.Length > _limits.MaxFileBytes)
        {
            throw new ScanRejectedException(shown, $"is {info.Length:N0} bytes; at most {_limits.MaxFileBytes:N0} are accepted");
        }
        var work = Directory.CreateDirectory(Path.Combine(_dataFolder, ScanPaths.FolderName, "tmp", Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var copy = Path.Combine(work, "original");
            var sha = await CopyAsync(info, shown, copy, cancellationToken).ConfigureAwait(false);
            string? mediaType;
            await using (var head = File.OpenRead(copy))
            {
                var bytes = new byte[MediaSniffer.HeadLength];
                mediaType = MediaSniffer.MediaTypeOf(bytes.AsSpan(0, head.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false)));
            }
            if (mediaType is null)
            {
                throw new ScanRejectedException(shown, "is not a TIFF, JPEG, PNG, JPEG 2000 or PDF file (judged by its first bytes, whatever its name)");
            }
            if (mediaType == "application/pdf")
            {
                var pages = await new PdfRasterizer(_limits).RasterizeAsync(copy, shown, work, cancellationToken).ConfigureAwait(false);
                var scans = new List<ScanPage>();
                for (var i = 0; i < pages.Count; i++)
                {
                    var page = await StoreImageAsync(pages[i], $"{shown} page {i + 1}", cancellationToken).ConfigureAwait(false);
                    page.SourceSha256 = sha;
                    page.Label = ScanPaths.Label(i + 1);
                    scans.Add(page);
                }
                Place(copy, ScanPaths.FileOf(_dataFolder, sha, mediaType));
                return new StoredFile(shown, sha, mediaType, scans);
            }
            var single = await StoreImageAsync(copy, shown, cancellationToken).ConfigureAwait(false);
            return new StoredFile(shown, sha, mediaType, [single]);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private async Task<ScanPage> StoreImageAsync(string copy, string shown, CancellationToken cancellationToken)
    {
        byte[] hash;
        await using (var stream = File.OpenRead(copy))
        {
            hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        var sha = Convert.ToHexStringLower(hash);
        var checkedImage = _checker.Check(copy, shown);
        Place(copy, ScanPaths.FileOf(_dataFolder, sha, checkedImage.MediaType));
        return new ScanPage { Sha256 = sha, MediaType = checkedImage.MediaType, Width = checkedImage.Width, Height = checkedImage.Height };
    }

    private async Task<string> CopyAsync(FileInfo source, string shown, string destination, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        await using var input = new FileStream(source.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        await using var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write);
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > _limits.MaxFileBytes)
            {
                throw new ScanRejectedException(shown, $"is more than {_limits.MaxFileBytes:N0} bytes");
            }
            sha.AppendData(buffer, 0, read);
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Moves a checked file to its content address; when it is already there the copy is dropped (same bytes).</summary>
    private static void Place(string copy, string target)
    {
        if (File.Exists(target))
        {
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(copy, target);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another attach stored the same bytes first.
        }
    }

    public string? PathOf(string sha256)
    {
        if (!ScanPaths.IsSha256(sha256))
        {
            return null;
        }
        var folder = ScanPaths.FolderOf(_dataFolder, sha256);
        foreach (var type in (string[])["image/tiff", "image/jpeg", "image/png", "image/jp2"])
        {
            var path = Path.Combine(folder, sha256 + ScanPaths.ExtensionOf(type));
            if (File.Exists(path))
            {
                return path;
            }
        }
        return null;
    }

    public async Task AddOwnerAsync(string sha256, string recordId, CancellationToken cancellationToken = default)
    {
        await _ownersLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var owners = await OwnersAsync(sha256, cancellationToken).ConfigureAwait(false);
            if (!owners.Contains(recordId, StringComparer.Ordinal))
            {
                await File.AppendAllTextAsync(ScanPaths.OwnersOf(_dataFolder, sha256), recordId + "\n", Encoding.UTF8, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _ownersLock.Release();
        }
    }

    public async Task<IReadOnlyList<string>> OwnersAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var path = ScanPaths.OwnersOf(_dataFolder, sha256);
        if (!File.Exists(path))
        {
            return [];
        }
        var lines = await File.ReadAllLinesAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        return lines.Where(l => l.Length > 0).ToList();
    }

    public async Task WriteWordsAsync(string sha256, OcrPage page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = ScanPaths.WordsOf(_dataFolder, sha256, page.Lang);
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, page, RecordJson.Options, cancellationToken).ConfigureAwait(false);
        }
        File.Move(temporary, path, overwrite: true);
    }

    public async Task<OcrPage?> ReadWordsAsync(string sha256, string lang, CancellationToken cancellationToken = default)
    {
        var path = ScanPaths.WordsOf(_dataFolder, sha256, lang);
        if (!File.Exists(path))
        {
            return null;
        }
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<OcrPage>(stream, RecordJson.Options, cancellationToken).ConfigureAwait(false);
    }

    public Task<byte[]> RenderAsync(ScanPage page, IiifImageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = PathOf(page.Sha256) ?? throw new FileNotFoundException("the image of a page is missing", page.Sha256);
        return _renderer.RenderAsync(path, page.Sha256, request, cancellationToken);
    }
}
