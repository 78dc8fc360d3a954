using Dossier.Core.Scans;
using NetVips;

namespace Dossier.Ocr.Imaging;

/// <summary>IIIF Image API 3 derivatives (crop, then scale to the exact size asked) as JPEG, cached on disk by request.</summary>
internal sealed class IiifRenderer(string cacheFolder)
{
    static IiifRenderer() => VipsSetup.Apply();

    public async Task<byte[]> RenderAsync(string path, string sha256, IiifImageRequest request, CancellationToken cancellationToken)
    {
        var cached = Path.Combine(cacheFolder, sha256[..2], sha256 + "-" + request.Key + ".jpg");
        if (File.Exists(cached))
        {
            return await File.ReadAllBytesAsync(cached, cancellationToken).ConfigureAwait(false);
        }
        var bytes = await Task.Run(() => Render(path, request), cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
        var temporary = cached + "." + Guid.NewGuid().ToString("N")[..8];
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, cached, overwrite: true);
        return bytes;
    }

    private static byte[] Render(string path, IiifImageRequest request)
    {
        using var image = Image.NewFromFile(path, access: Enums.Access.Random, failOn: Enums.FailOn.Error);
        using var region = image.ExtractArea(request.X, request.Y, request.Width, request.Height);
        using var scaled = region.ThumbnailImage(request.OutputWidth, height: request.OutputHeight, size: Enums.Size.Force);
        using var flat = scaled.HasAlpha() ? scaled.Flatten(background: [255]) : scaled.Copy();
        using var srgb = flat.Interpretation is Enums.Interpretation.Bw or Enums.Interpretation.Srgb ? flat.Cast(Enums.BandFormat.Uchar) : flat.Colourspace(Enums.Interpretation.Srgb);
        return srgb.JpegsaveBuffer(q: 85, keep: Enums.ForeignKeep.None);
    }
}
