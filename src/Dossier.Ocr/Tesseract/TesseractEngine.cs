using Dossier.Core.Scans;
using Dossier.Ocr.Processes;

namespace Dossier.Ocr.Tesseract;

/// <summary>
/// <see cref="IOcrEngine"/> on the Tesseract command-line program (Debian's tesseract-ocr), run as a child
/// process per page with TSV output, one thread, and a time limit.
/// </summary>
public sealed class TesseractEngine(string program = "tesseract", TimeSpan? timeout = null) : IOcrEngine
{
    private static readonly Dictionary<string, string> OneThread = new(StringComparer.Ordinal) { ["OMP_THREAD_LIMIT"] = "1" };

    private readonly TimeSpan _timeout = timeout ?? ScanLimits.Default.ProcessTimeout;
    private string? _version;

    public async Task<string> VersionAsync(CancellationToken cancellationToken = default)
    {
        if (_version is null)
        {
            var outcome = await ChildProcess.RunAsync(program, ["--version"], TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
            // Tesseract 4 printed its version on stderr, 5 on stdout.
            var first = (outcome.Output.Length > 0 ? outcome.Output : outcome.Error).Split('\n')[0].Trim();
            _version = first.StartsWith("tesseract ", StringComparison.Ordinal) ? first : "tesseract " + first;
        }
        return _version;
    }

    /// <summary>The traineddata models installed (tesseract --list-langs).</summary>
    public async Task<IReadOnlyList<string>> InstalledModelsAsync(CancellationToken cancellationToken = default)
    {
        var outcome = await ChildProcess.RunAsync(program, ["--list-langs"], TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        return (outcome.Output + "\n" + outcome.Error).Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.Contains(' ', StringComparison.Ordinal)).ToList();
    }

    public async Task<OcrPage> RecognizeAsync(string imagePath, IReadOnlyList<string> languages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var models = new List<string>();
        foreach (var language in languages)
        {
            models.Add(TesseractLanguages.ModelOf(language) ?? throw new ArgumentException($"no Tesseract model is known for the language \"{language}\"", nameof(languages)));
        }
        var version = await VersionAsync(cancellationToken).ConfigureAwait(false);
        var outcome = await ChildProcess.RunAsync(
            program, [imagePath, "stdout", "-l", string.Join('+', models), "--psm", "3", "tsv"], _timeout, cancellationToken, OneThread).ConfigureAwait(false);
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"tesseract failed on {Path.GetFileName(imagePath)}: {outcome.Error.Trim()}");
        }
        var page = TsvReader.Read(outcome.Output);
        page.Engine = version;
        page.Lang = languages.Count > 0 ? languages[0] : "und";
        return page;
    }
}
