using System.Diagnostics;

namespace Dossier.Bench.Ingest;

/// <summary>The FRUS corpus as a folder of XML: a folder is used as it is; a .tar.xz is unpacked once into a cache folder.</summary>
internal static class IngestCorpus
{
    public static async Task<string> PrepareAsync(string corpus, CancellationToken cancellationToken)
    {
        if (Directory.Exists(corpus))
        {
            return corpus;
        }
        if (!File.Exists(corpus))
        {
            throw new FileNotFoundException("no corpus at " + corpus, corpus);
        }
        var info = new FileInfo(corpus);
        var cache = Path.Combine(Path.GetTempPath(), "dossier-bench-cache", Path.GetFileName(corpus) + "-" + info.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var done = Path.Combine(cache, ".unpacked");
        if (File.Exists(done))
        {
            return cache;
        }
        if (Directory.Exists(cache))
        {
            Directory.Delete(cache, recursive: true);
        }
        Directory.CreateDirectory(cache);
        Console.WriteLine($"unpacking {corpus} into {cache}");
        var start = new ProcessStartInfo("tar") { ArgumentList = { "xJf", corpus, "-C", cache }, UseShellExecute = false };
        using var tar = Process.Start(start) ?? throw new InvalidOperationException("tar could not be started");
        await tar.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (tar.ExitCode != 0)
        {
            throw new InvalidOperationException($"tar xJf {corpus} failed with exit code {tar.ExitCode}");
        }
        await File.WriteAllTextAsync(done, "", cancellationToken).ConfigureAwait(false);
        return cache;
    }
}
