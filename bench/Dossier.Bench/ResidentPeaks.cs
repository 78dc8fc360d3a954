using System.Globalization;

namespace Dossier.Bench;

/// <summary>
/// The process's resident memory at its peak, split as Linux counts it (/proc/self/status, sampled every 100 ms):
/// anonymous memory (the heaps, the process's own) and mapped files (the index's memory-mapped segments, the runtime's
/// libraries), clean pages the kernel may drop at any time. The peak working set alone cannot tell them apart: a merge
/// that read the index through mapped readers added the whole index to it.
/// </summary>
internal sealed class ResidentPeaks : IDisposable
{
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private long _anonymousAtPeak;
    private long _filesAtPeak;
    private long _peakAnonymous;

    public ResidentPeaks()
    {
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
    }

    /// <summary>"A MB anonymous, F MB mapped files" at the highest sum sampled, and the highest anonymous alone; empty off Linux.</summary>
    public string Describe()
    {
        Sample();
        lock (_lock)
        {
            return _anonymousAtPeak + _filesAtPeak == 0
                ? ""
                : string.Create(CultureInfo.InvariantCulture, $"at its peak {_anonymousAtPeak / 1e6:0} MB anonymous + {_filesAtPeak / 1e6:0} MB mapped files; anonymous at most {_peakAnonymous / 1e6:0} MB");
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        long anonymous = 0, files = 0;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                anonymous = Kilobytes(line);
            }
            else if (line.StartsWith("RssFile:", StringComparison.Ordinal))
            {
                files = Kilobytes(line);
            }
        }
        lock (_lock)
        {
            if (anonymous + files > _anonymousAtPeak + _filesAtPeak)
            {
                (_anonymousAtPeak, _filesAtPeak) = (anonymous, files);
            }
            _peakAnonymous = Math.Max(_peakAnonymous, anonymous);
        }
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
}
