using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dossier.Core.Scans;
using Dossier.Ocr.Processes;

namespace Dossier.Ocr.Imaging;

/// <summary>
/// PDF pages as page images, through poppler's pdfinfo and pdftoppm run as child processes. Poppler has no
/// JavaScript engine, and a PDF that carries script or launch actions is refused before it is rasterised anyway.
/// </summary>
internal sealed partial class PdfRasterizer(ScanLimits limits)
{
    /// <summary>Names whose presence anywhere in the file refuses it (ISO 32000-1 §12.6.4: JavaScript and Launch actions).</summary>
    private static readonly string[] HostileNames = ["/JavaScript", "/JS", "/Launch"];

    /// <summary>Checks the PDF and rasterises every page into <paramref name="workFolder"/>; returns the page files in order.</summary>
    public async Task<IReadOnlyList<string>> RasterizeAsync(string pdf, string shownName, string workFolder, CancellationToken cancellationToken)
    {
        await RefuseScriptAsync(pdf, shownName, cancellationToken).ConfigureAwait(false);
        var info = await ChildProcess.RunAsync("pdfinfo", [pdf], limits.ProcessTimeout, cancellationToken).ConfigureAwait(false);
        if (info.ExitCode != 0)
        {
            throw new ScanRejectedException(shownName, "not a readable PDF (" + FirstLine(info.Error) + ")");
        }
        var pages = PagesLine().Match(info.Output) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        if (ScriptLine().IsMatch(info.Output))
        {
            throw new ScanRejectedException(shownName, "the PDF carries JavaScript; PDFs with script are refused");
        }
        if (pages < 1)
        {
            throw new ScanRejectedException(shownName, "the PDF has no pages");
        }
        if (pages > limits.MaxPdfPages)
        {
            throw new ScanRejectedException(shownName, $"the PDF has {pages} pages; at most {limits.MaxPdfPages} are accepted");
        }
        var sizes = await ChildProcess.RunAsync(
            "pdfinfo", ["-f", "1", "-l", pages.ToString(CultureInfo.InvariantCulture), pdf], limits.ProcessTimeout, cancellationToken).ConfigureAwait(false);
        foreach (Match size in PageSizeLine().Matches(sizes.Output))
        {
            var width = double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture) / 72 * limits.PdfDpi;
            var height = double.Parse(size.Groups[3].Value, CultureInfo.InvariantCulture) / 72 * limits.PdfDpi;
            if (width * height > limits.MaxPixels || width > limits.MaxSide || height > limits.MaxSide)
            {
                throw new ScanRejectedException(shownName, $"page {size.Groups[1].Value} would be {width:0}×{height:0} pixels at {limits.PdfDpi} dpi, past the limit of {limits.MaxPixels:N0} pixels");
            }
        }
        var files = new List<string>();
        for (var page = 1; page <= pages; page++)
        {
            var number = page.ToString(CultureInfo.InvariantCulture);
            var prefix = Path.Combine(workFolder, "page-" + number);
            var outcome = await ChildProcess.RunAsync(
                "pdftoppm", ["-r", limits.PdfDpi.ToString(CultureInfo.InvariantCulture), "-png", "-f", number, "-l", number, "-singlefile", pdf, prefix],
                limits.ProcessTimeout, cancellationToken).ConfigureAwait(false);
            if (outcome.ExitCode != 0 || !File.Exists(prefix + ".png"))
            {
                throw new ScanRejectedException(shownName, $"page {number} could not be rasterised ({FirstLine(outcome.Error)})");
            }
            files.Add(prefix + ".png");
        }
        return files;
    }

    /// <summary>Refuses script both as written in the file's bytes and as poppler finds it (inside compressed object streams too).</summary>
    private static async Task RefuseScriptAsync(string pdf, string shownName, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(pdf, cancellationToken).ConfigureAwait(false);
        var text = Encoding.Latin1.GetString(bytes);
        foreach (var name in HostileNames)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var next = at + name.Length < text.Length ? text[at + name.Length] : ' ';
                if (!char.IsAsciiLetterOrDigit(next))
                {
                    throw new ScanRejectedException(shownName, $"the PDF carries {name} actions; PDFs with script are refused");
                }
            }
        }
        var js = await ChildProcess.RunAsync("pdfinfo", ["-js", pdf], TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false);
        // `pdfinfo -js` prints every script it finds, and nothing for a PDF without any.
        if (js.Output.Trim().Length > 0)
        {
            throw new ScanRejectedException(shownName, "the PDF carries JavaScript; PDFs with script are refused");
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^JavaScript:\s+yes", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScriptLine();

    [GeneratedRegex(@"^Page\s+(\d+)\s+size:\s+([\d.]+)\s+x\s+([\d.]+)", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PageSizeLine();
}
