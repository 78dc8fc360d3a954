using System.CommandLine;
using System.Globalization;
using Dossier.Core.Scans;
using Dossier.Ocr.Tesseract;

namespace Dossier.Cli.Scans;

/// <summary>
/// `dossier attach ID FILE… [--ocr LANGS]`: stores page images (or PDFs, a page image per page) with a record and,
/// with --ocr, reads them with Tesseract into the record's OCR layer; the reading runs as a background job whose
/// progress is shown on a terminal.
/// </summary>
public static class AttachCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The record: archive id or source record id." };
        var files = new Argument<string[]>("file") { Description = "TIFF, JPEG, PNG or PDF files, in page order.", Arity = ArgumentArity.ZeroOrMore };
        var ocr = new Option<string?>("--ocr") { Description = "Read the pages in these languages: BCP-47 tags or Tesseract names (ru,en or rus+eng); the first is the layer's." };
        var command = new Command("attach", "Attach scans to a record and, with --ocr, read them.") { id, files, ocr };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(parseResult);
            var recordId = parseResult.GetValue(id)!;
            var paths = parseResult.GetValue(files) ?? [];
            var languages = Languages(parseResult.GetValue(ocr), out var unknown);
            if (unknown is not null)
            {
                await context.Error.WriteLineAsync($"error: --ocr: no Tesseract model is known for \"{unknown}\"").ConfigureAwait(false);
                return 2;
            }
            if (paths.Length == 0 && languages.Count == 0)
            {
                await context.Error.WriteLineAsync("error: name files to attach, or --ocr to read the pages already attached").ConfigureAwait(false);
                return 2;
            }
            await using var archive = await context.OpenArchiveAsync(cancellationToken).ConfigureAwait(false);
            var attacher = new ScanAttacher(archive.Store.Records, archive.Scans!, archive.Ocr);
            try
            {
                if (paths.Length > 0)
                {
                    var result = await ScanProgressDisplay.RunAsync(context, "attach", p => attacher.AttachAsync(recordId, paths, p, cancellationToken)).ConfigureAwait(false);
                    await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{result.RecordId}: {result.Added.Count} pages attached, {result.AlreadyAttached.Count} files already attached")).ConfigureAwait(false);
                }
                if (languages.Count > 0)
                {
                    // OCR is the slow part: it runs as its own job, and the command waits for it while drawing progress.
                    var layer = await ScanProgressDisplay.RunAsync(
                        context, "OCR", p => Task.Run(() => attacher.RecognizeAsync(recordId, languages, null, p, cancellationToken), cancellationToken)).ConfigureAwait(false);
                    await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"OCR layer {layer.Lang}: {layer.Pages.Count} pages, {layer.Text.Length} characters, mean confidence {layer.Provenance.Confidence:0.00} ({layer.Provenance.OcrEngine})")).ConfigureAwait(false);
                }
            }
            catch (ScanRejectedException e)
            {
                await context.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
                return 1;
            }
            catch (KeyNotFoundException e)
            {
                await context.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
                return 2;
            }
            catch (Exception e) when (e is Dossier.Ocr.Processes.ToolMissingException or InvalidOperationException or TimeoutException)
            {
                await context.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
                return 1;
            }
            if (archive.Index is not null)
            {
                await archive.Index.CatchUpAsync(null, cancellationToken).ConfigureAwait(false);
            }
            return 0;
        });
        return command;
    }

    private static List<string> Languages(string? option, out string? unknown)
    {
        unknown = null;
        var tags = new List<string>();
        foreach (var part in (option ?? "").Split([',', '+', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (TesseractLanguages.TagOf(part) is not { } tag)
            {
                unknown = part;
                return [];
            }
            tags.Add(tag);
        }
        return tags;
    }
}
