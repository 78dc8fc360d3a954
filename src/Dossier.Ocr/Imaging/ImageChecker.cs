using Dossier.Core.Scans;
using NetVips;

namespace Dossier.Ocr.Imaging;

/// <summary>
/// Decides whether an image file may be stored: its type by magic bytes, its pixel count from the header before
/// any decoding (PNG and JPEG by Dossier's own reading, TIFF by libvips' header read), one page only, and then
/// one streaming decode of every pixel so a truncated or corrupt file is refused now rather than when served.
/// </summary>
internal sealed class ImageChecker(ScanLimits limits)
{
    static ImageChecker() => VipsSetup.Apply();

    public CheckedImage Check(string path, string shown)
    {
        string? mediaType;
        using (var stream = File.OpenRead(path))
        {
            var head = new byte[MediaSniffer.HeadLength];
            mediaType = MediaSniffer.MediaTypeOf(head.AsSpan(0, stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)));
            if (mediaType is "image/png" or "image/jpeg")
            {
                var declared = ImageHeader.Read(stream, mediaType)
                    ?? throw new ScanRejectedException(shown, $"its {Short(mediaType)} header is damaged");
                Refuse(shown, declared.Width, declared.Height);
            }
        }
        switch (mediaType)
        {
            case null or "application/pdf":
                throw new ScanRejectedException(shown, "is not a TIFF, JPEG or PNG image");
            case "image/jp2":
                throw new ScanRejectedException(shown, "is JPEG 2000, which this installation cannot decode (libvips without OpenJPEG); convert it to TIFF");
        }
        try
        {
            // Opening reads the header only; pixels are decoded lazily, and not before the size is checked.
            using var image = Image.NewFromFile(path, memory: false, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
            Refuse(shown, image.Width, image.Height);
            if (image.Contains("n-pages") && image.Get("n-pages") is int pages && pages > 1)
            {
                throw new ScanRejectedException(shown, $"is a TIFF of {pages} pages; attach one page per file, or a PDF");
            }
            // A full streaming read: fails on truncated or corrupt data without holding the image in memory.
            _ = image.Min();
            return new CheckedImage(mediaType, image.Width, image.Height);
        }
        catch (VipsException e)
        {
            throw new ScanRejectedException(shown, $"cannot be read as {Short(mediaType)} ({e.Message.Split('\n')[0].Trim()})", e);
        }
    }

    private void Refuse(string shown, long width, long height)
    {
        if (width <= 0 || height <= 0)
        {
            throw new ScanRejectedException(shown, "declares an empty image");
        }
        if (width > limits.MaxSide || height > limits.MaxSide || width * height > limits.MaxPixels)
        {
            throw new ScanRejectedException(shown, $"declares {width:N0}×{height:N0} pixels; at most {limits.MaxPixels:N0} pixels and {limits.MaxSide:N0} a side are accepted");
        }
    }

    private static string Short(string mediaType) => mediaType switch
    {
        "image/png" => "PNG",
        "image/jpeg" => "JPEG",
        "image/tiff" => "TIFF",
        _ => mediaType,
    };
}
