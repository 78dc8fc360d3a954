namespace Dossier.Ocr.Tests.Support;

/// <summary>
/// The programs these tests run for real (tesseract with rus, aze_cyrl and eng; poppler's pdfinfo). A missing one
/// fails the test under CI=true and skips it elsewhere, saying what to install.
/// </summary>
internal static class Tools
{
    private static readonly Lazy<string?> TesseractMissing = new(() => Missing("tesseract", "--list-langs", ["rus", "aze_cyrl", "eng"],
        "apt-get install -y tesseract-ocr tesseract-ocr-rus tesseract-ocr-aze-cyrl tesseract-ocr-eng"));

    private static readonly Lazy<string?> PopplerMissing = new(() => Missing("pdfinfo", "-v", [], "apt-get install -y poppler-utils"));

    public static void RequireTesseract() => Require(TesseractMissing.Value);

    public static void RequirePoppler() => Require(PopplerMissing.Value);

    private static void Require(string? missing)
    {
        if (missing is null)
        {
            return;
        }
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(missing);
        }
        Assert.Skip(missing);
    }

    private static string? Missing(string program, string argument, string[] needed, string install)
    {
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo(program, argument) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            var lines = output.Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
            var absent = needed.Where(n => !lines.Contains(n)).ToList();
            return absent.Count == 0 ? null : $"{program} lacks {string.Join(", ", absent)}: {install}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return $"{program} is not installed: {install}";
        }
    }
}
