using System.Globalization;

namespace Dossier.Core.Scans;

/// <summary>
/// A IIIF Image API 3.0 request's parameters ({region}/{size}/{rotation}/{quality}.{format}) resolved against
/// one image: the pixels to cut and the size to give them. Level 1 and a little more: region full, square,
/// x,y,w,h and pct:; size max, w,, ,h, w,h, !w,h and pct:; rotation 0; quality default or color; format jpg.
/// Upscaling (^) is refused, and no answer is larger than <see cref="MaxWidth"/> × <see cref="MaxHeight"/>.
/// </summary>
public sealed record IiifImageRequest(int X, int Y, int Width, int Height, int OutputWidth, int OutputHeight)
{
    public const int MaxWidth = 4096;

    public const int MaxHeight = 4096;

    /// <summary>The canonical form of the request, used as its cache key.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{X},{Y},{Width},{Height}-{OutputWidth},{OutputHeight}");

    /// <summary>Parses and resolves; the error is null on success, else the reason (HTTP 400).</summary>
    public static (IiifImageRequest? Request, string? Error) Parse(
        string region, string size, string rotation, string qualityAndFormat, int imageWidth, int imageHeight)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(size);
        if (!string.Equals(rotation, "0", StringComparison.Ordinal))
        {
            return (null, "only rotation 0 is supported");
        }
        if (qualityAndFormat is not ("default.jpg" or "color.jpg"))
        {
            return (null, "only quality default or color, format jpg, are supported");
        }
        if (ParseRegion(region, imageWidth, imageHeight) is not { } r)
        {
            return (null, "region is malformed or outside the image");
        }
        var (x, y, w, h) = r;
        if (ParseSize(size, w, h) is not { } s)
        {
            return (null, $"size is malformed, upscales, or exceeds {MaxWidth}×{MaxHeight}");
        }
        return (new IiifImageRequest(x, y, w, h, s.Width, s.Height), null);
    }

    private static (int X, int Y, int W, int H)? ParseRegion(string region, int imageWidth, int imageHeight)
    {
        if (string.Equals(region, "full", StringComparison.Ordinal))
        {
            return (0, 0, imageWidth, imageHeight);
        }
        if (string.Equals(region, "square", StringComparison.Ordinal))
        {
            var side = Math.Min(imageWidth, imageHeight);
            return ((imageWidth - side) / 2, (imageHeight - side) / 2, side, side);
        }
        double x, y, w, h;
        if (region.StartsWith("pct:", StringComparison.Ordinal))
        {
            if (Numbers(region[4..], 4, allowFraction: true) is not { } p)
            {
                return null;
            }
            (x, y, w, h) = (p[0] * imageWidth / 100, p[1] * imageHeight / 100, p[2] * imageWidth / 100, p[3] * imageHeight / 100);
        }
        else if (Numbers(region, 4, allowFraction: false) is { } n)
        {
            (x, y, w, h) = (n[0], n[1], n[2], n[3]);
        }
        else
        {
            return null;
        }
        if (w <= 0 || h <= 0 || x >= imageWidth || y >= imageHeight)
        {
            return null;
        }
        // A region past the right or bottom edge is cropped to the image (Image API 3.0 §4.1).
        var left = (int)Math.Round(x);
        var top = (int)Math.Round(y);
        var width = (int)Math.Min(Math.Round(w), imageWidth - left);
        var height = (int)Math.Min(Math.Round(h), imageHeight - top);
        return width > 0 && height > 0 ? (left, top, width, height) : null;
    }

    private static (int Width, int Height)? ParseSize(string size, int w, int h)
    {
        if (size.StartsWith('^'))
        {
            return null;
        }
        double scale;
        int outW, outH;
        if (string.Equals(size, "max", StringComparison.Ordinal))
        {
            scale = Math.Min(1, Math.Min((double)MaxWidth / w, (double)MaxHeight / h));
            (outW, outH) = (Scaled(w, scale), Scaled(h, scale));
        }
        else if (size.StartsWith("pct:", StringComparison.Ordinal))
        {
            if (Numbers(size[4..], 1, allowFraction: true) is not { } p || p[0] <= 0 || p[0] > 100)
            {
                return null;
            }
            (outW, outH) = (Scaled(w, p[0] / 100), Scaled(h, p[0] / 100));
        }
        else if (size.StartsWith('!'))
        {
            if (Numbers(size[1..], 2, allowFraction: false) is not { } n || n[0] <= 0 || n[1] <= 0)
            {
                return null;
            }
            scale = Math.Min(n[0] / w, n[1] / h);
            (outW, outH) = (Scaled(w, scale), Scaled(h, scale));
        }
        else if (size.EndsWith(',') && Numbers(size[..^1], 1, allowFraction: false) is { } byWidth)
        {
            (outW, outH) = ((int)byWidth[0], Scaled(h, byWidth[0] / w));
        }
        else if (size.StartsWith(',') && Numbers(size[1..], 1, allowFraction: false) is { } byHeight)
        {
            (outW, outH) = (Scaled(w, byHeight[0] / h), (int)byHeight[0]);
        }
        else if (Numbers(size, 2, allowFraction: false) is { } both)
        {
            (outW, outH) = ((int)both[0], (int)both[1]);
        }
        else
        {
            return null;
        }
        if (outW <= 0 || outH <= 0 || outW > w || outH > h || outW > MaxWidth || outH > MaxHeight)
        {
            return null;
        }
        return (outW, outH);
    }

    private static int Scaled(int side, double scale) => Math.Max(1, (int)Math.Round(side * scale));

    private static double[]? Numbers(string text, int count, bool allowFraction)
    {
        var parts = text.Split(',');
        if (parts.Length != count)
        {
            return null;
        }
        var values = new double[count];
        var style = allowFraction ? NumberStyles.AllowDecimalPoint : NumberStyles.None;
        for (var i = 0; i < count; i++)
        {
            if (parts[i].Length is 0 or > 12 || !double.TryParse(parts[i], style, CultureInfo.InvariantCulture, out values[i]))
            {
                return null;
            }
        }
        return values;
    }
}
