namespace Dossier.Ocr.Processes;

/// <summary>A program Dossier runs (tesseract, pdftoppm) is not installed.</summary>
public sealed class ToolMissingException : Exception
{
    public ToolMissingException()
    {
    }

    public ToolMissingException(string message)
        : base(message)
    {
    }

    public ToolMissingException(string program, Exception innerException)
        : base($"`{program}` is not installed (Debian: apt-get install {PackageOf(program)})", innerException)
    {
    }

    private static string PackageOf(string program) => program switch
    {
        "tesseract" => "tesseract-ocr tesseract-ocr-rus tesseract-ocr-aze-cyrl tesseract-ocr-eng",
        "pdftoppm" or "pdfinfo" => "poppler-utils",
        _ => program,
    };
}
