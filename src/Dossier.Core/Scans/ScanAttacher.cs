using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Core.Scans;

/// <summary>
/// Attaches page images to a record and reads them with OCR. Every change to the record goes through the
/// store's upsert, so the change sequence (and the search index following it) sees the pages and the OCR layer.
/// </summary>
public sealed class ScanAttacher(IRecordStore records, IScanLibrary library, IOcrEngine? ocr)
{
    /// <summary>
    /// Checks and stores every file, then adds its pages to the record in one write. A refused file refuses the
    /// whole attach (<see cref="ScanRejectedException"/>), and the record is left as it was.
    /// </summary>
    public async Task<AttachResult> AttachAsync(
        string recordId, IReadOnlyList<string> files, IProgress<ScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var record = await records.FindAsync(recordId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException("no record " + recordId);
        var stored = new List<StoredFile>();
        for (var i = 0; i < files.Count; i++)
        {
            progress?.Report(new ScanProgress("checking " + Path.GetFileName(files[i]), i, files.Count));
            stored.Add(await library.StoreAsync(files[i], cancellationToken).ConfigureAwait(false));
        }
        progress?.Report(new ScanProgress("stored", files.Count, files.Count));

        var scans = record.Scans ?? [];
        var added = new List<ScanPage>();
        var already = new List<string>();
        foreach (var file in stored)
        {
            if (scans.Exists(s => string.Equals(s.Sha256, file.Sha256, StringComparison.Ordinal)
                || string.Equals(s.SourceSha256, file.Sha256, StringComparison.Ordinal)))
            {
                already.Add(file.File);
                continue;
            }
            foreach (var page in file.Pages)
            {
                page.Number = scans.Count + 1;
                page.Label ??= ScanPaths.Label(page.Number);
                scans.Add(page);
                added.Add(page);
            }
        }
        if (added.Count > 0)
        {
            foreach (var page in added)
            {
                await library.AddOwnerAsync(page.Sha256, record.Id, cancellationToken).ConfigureAwait(false);
            }
            record.Scans = scans;
            await records.UpsertAsync([record], cancellationToken).ConfigureAwait(false);
        }
        return new AttachResult(record.Id, added, already);
    }

    /// <summary>
    /// Reads the record's pages (all, or those numbered in <paramref name="pageNumbers"/>) in <paramref name="languages"/>
    /// (BCP-47, the first the layer's language) and writes the OCR layer, replacing the one an earlier run made;
    /// pages not re-read keep what they had.
    /// </summary>
    public async Task<TextLayer> RecognizeAsync(
        string recordId, IReadOnlyList<string> languages, IReadOnlyCollection<int>? pageNumbers = null,
        IProgress<ScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(languages);
        if (ocr is null)
        {
            throw new InvalidOperationException("no OCR engine is configured");
        }
        if (languages.Count == 0)
        {
            throw new ArgumentException("name at least one language to read", nameof(languages));
        }
        var record = await records.FindAsync(recordId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException("no record " + recordId);
        var scans = record.Scans ?? [];
        if (scans.Count == 0)
        {
            throw new InvalidOperationException($"record {record.Id} has no scans to read");
        }
        var lang = languages[0];
        var pages = new List<OcrPage?>();
        for (var i = 0; i < scans.Count; i++)
        {
            var scan = scans[i];
            OcrPage? page;
            if (pageNumbers is null || pageNumbers.Contains(scan.Number))
            {
                progress?.Report(new ScanProgress("reading page " + (scan.Label ?? ScanPaths.Label(scan.Number)), i, scans.Count));
                var path = library.PathOf(scan.Sha256) ?? throw new FileNotFoundException("the image of page " + scan.Number + " is missing", scan.Sha256);
                page = await ocr.RecognizeAsync(path, languages, cancellationToken).ConfigureAwait(false);
                page.Lang = lang;
                await library.WriteWordsAsync(scan.Sha256, page, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                page = await library.ReadWordsAsync(scan.Sha256, lang, cancellationToken).ConfigureAwait(false);
            }
            pages.Add(page);
        }
        progress?.Report(new ScanProgress("writing the layer", scans.Count, scans.Count));
        var layer = OcrLayerBuilder.Build(scans, pages, lang);
        var at = record.Layers.FindIndex(l => OcrLayerBuilder.IsOcrLayer(l, lang));
        if (at >= 0)
        {
            record.Layers[at] = layer;
        }
        else
        {
            record.Layers.Add(layer);
        }
        await records.UpsertAsync([record], cancellationToken).ConfigureAwait(false);
        return layer;
    }
}
