namespace Dossier.Ocr.Imaging;

/// <summary>libvips settings for untrusted files: only the loaders marked safe, a small operation cache.</summary>
internal static class VipsSetup
{
    private static int _applied;

    public static void Apply()
    {
        if (Interlocked.Exchange(ref _applied, 1) == 1)
        {
            return;
        }
        // Loaders libvips does not vouch for with hostile input (ImageMagick, PDFium, matload, …) are blocked.
        NetVips.NetVips.BlockUntrusted = true;
        NetVips.Cache.Max = 50;
    }
}
