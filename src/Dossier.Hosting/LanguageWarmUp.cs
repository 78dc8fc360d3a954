using Dossier.Core.Importing;
using Dossier.Core.Languages;

namespace Dossier.Hosting;

/// <summary>
/// Before an import opens the archive, looks at the first files it names and, when one is in a format whose readers
/// guess languages (archive pages, CSV), starts loading the language models in the background: the n-gram profiles,
/// and Lingua's models of the languages the first such file's opening text is closest to. Importing one small page
/// export spent most of its time loading them after the archive had opened, with the other core idle.
/// </summary>
public static class LanguageWarmUp
{
    /// <summary>Formats whose readers call the language identifier.</summary>
    private static readonly HashSet<string> Guessing = new(StringComparer.Ordinal) { "wcda-page", "csv" };

    private const int FilesLooked = 16;

    /// <summary>How much of the first guessed file's text tells which models to load.</summary>
    private const int SampleChars = 64 * 1024;

    /// <summary>Starts the load when needed and returns at once; a file it cannot read is left to the import to report.</summary>
    public static void StartFor(IEnumerable<string> paths, string format)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = paths.SelectMany(FilesOf).Take(FilesLooked).ToList();
        var guessed = Guessing.Contains(format)
            ? files.FirstOrDefault()
            : string.Equals(format, "auto", StringComparison.Ordinal) ? files.FirstOrDefault(IsGuessed) : null;
        if (guessed is not null || Guessing.Contains(format))
        {
            _ = LanguageIdentifier.PrepareAsync(guessed is null ? null : Sample(guessed));
        }
    }

    private static string? Sample(string file)
    {
        try
        {
            using var reader = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[SampleChars];
            return new string(buffer, 0, reader.ReadBlock(buffer));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
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
