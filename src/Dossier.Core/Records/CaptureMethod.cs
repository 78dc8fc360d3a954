namespace Dossier.Core.Records;

public enum CaptureMethod
{
    Manual,
    Ocr,
}
