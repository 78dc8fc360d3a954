using Dossier.Core.Importing;
using Dossier.Core.Languages;

namespace Dossier.Hosting;

/// <summary>
/// Before an import opens the archive, looks at the first files it names and, when one is in a format whose readers
/// guess languages (archive pages, CSV), starts loading the language models in the background. Importing one small
/// page export spent most of its time loading them after the archive had opened, with the other core idle.
/// </summary>
public static class LanguageWarmUp
{
    /// <summary>Formats whose readers call the language identifier.</summary>
    private static readonly HashSet<string> Guessing = new(StringComparer.Ordinal) { "wcda-page", "csv" };

    private const int FilesLooked = 16;

    /// <summary>Starts the load when needed and returns at once; a file it cannot read is left to the import to report.</summary>
    public static void StartFor(IEnumerable<string> paths, string format)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (Guessing.Contains(format) || (string.Equals(format, "auto", StringComparison.Ordinal) && paths.SelectMany(FilesOf).Take(FilesLooked).Any(IsGuessed)))
        {
            _ = LanguageIdentifier.PrepareAsync();
        }
    }

    private static IEnumerable<string> FilesOf(string path) =>
        Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories) : File.Exists(path) ? [path] : [];

    private static bool IsGuessed(string file)
    {
        try
        {
            var head = FileSniffer.ReadHead(file);
            var reader = ArchiveFactory.Readers().FirstOrDefault(r => r.CanRead(file, head));
            return reader is not null && Guessing.Contains(reader.Format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
