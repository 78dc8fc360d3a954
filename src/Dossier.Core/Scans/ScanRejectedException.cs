namespace Dossier.Core.Scans;

/// <summary>A file refused as a scan (too big, not an image, hostile); the message names the file and why.</summary>
public sealed class ScanRejectedException : Exception
{
    public ScanRejectedException()
    {
    }

    public ScanRejectedException(string message)
        : base(message)
    {
    }

    public ScanRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ScanRejectedException(string file, string reason)
        : base(file + ": " + reason)
    {
        File = file;
    }

    public ScanRejectedException(string file, string reason, Exception innerException)
        : base(file + ": " + reason, innerException)
    {
        File = file;
    }

    public string? File { get; }
}
