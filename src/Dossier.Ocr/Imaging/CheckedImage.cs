namespace Dossier.Ocr.Imaging;

/// <summary>An image file that passed every check: its type by its bytes and its size in pixels.</summary>
internal sealed record CheckedImage(string MediaType, int Width, int Height);
