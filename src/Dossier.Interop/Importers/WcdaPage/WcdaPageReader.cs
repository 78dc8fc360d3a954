using System.Text;
using Dossier.Core.Importing;
using Dossier.Core.Languages;
using Dossier.Core.Records;
using Dossier.Interop.Importers.Citations;

namespace Dossier.Interop.Importers.WcdaPage;

/// <summary>
/// Reads the Markdown export of a Wilson Center Digital Archive document page ("wcda-page"): bold date
/// and title, labelled fields (Citation, Summary, Original Language, Contents), the source URL, and the
/// contents body split into text layers (transcription, OCR original, translations) with their pages.
/// Labels the format does not define are kept in <see cref="ArchiveRecord.SourceFields"/>.
/// </summary>
public sealed class WcdaPageReader(LanguageIdentifier? identifier = null, ImportLimits? limits = null) : IRecordReader
{
    private readonly ImportLimits _limits = limits ?? ImportLimits.Default;

    private readonly LanguageIdentifier _identifier = identifier ?? LanguageIdentifier.Shared;

    public string Format => "wcda-page";

    public bool CanRead(string path, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(path);
        if (!extension.Equals(".md", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
            && !extension.Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var text = Encoding.UTF8.GetString(head);
        return text.Contains("**Citation:**", StringComparison.Ordinal)
            || (text.TrimStart().StartsWith("**", StringComparison.Ordinal) && text.Contains("**Contents:**", StringComparison.Ordinal));
    }

    public async Task ReadAsync(ImportSource source, IImportSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sink);
        var record = await ReadRecordAsync(source, cancellationToken).ConfigureAwait(false);
        // The reading's frames (which hold the file's bytes, text and lines) return before the record is stored.
        await ImportMemory.LeaveReaderStack();
        await sink.AddRecordAsync(record, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ArchiveRecord> ReadRecordAsync(ImportSource source, CancellationToken cancellationToken)
    {
        var lines = await PageText.ReadLinesAsync(source, cancellationToken).ConfigureAwait(false);
        if (lines.Sum(l => (long)l.Length) >= ImportMemory.BigText)
        {
            // The file's bytes and its whole decoded text are dead now that it is lines: give them back before the
            // layers are built from the lines (issue 15's memory goal).
            await ImportMemory.LeaveReaderStack();
            ImportMemory.Release();
        }
        return Read(source.Path, lines);
    }

    internal ArchiveRecord Read(string file, string[] lines)
    {
        var fields = FieldParser.Parse(lines);
        if (fields.Date is null && fields.Title is null && fields.Citation is null)
        {
            throw new ImportException(file, FirstTextLine(lines), null, "not a Wilson Center page export: no bold date line, title or **Citation:** label");
        }
        if (fields.Title is not { Text.Length: > 0 } title)
        {
            throw new ImportException(file, fields.Date?.Line ?? 1, "title", "the bold title line is missing");
        }
        if (fields.Url is not { } url)
        {
            throw new ImportException(file, fields.Citation?.Line ?? title.Line, "source url", "the <https://…> link to the source page is missing");
        }
        var recordId = LastSegment(url.Text);
        if (recordId.Length == 0)
        {
            throw new ImportException(file, url.Line, "source url", $"'{url.Text}' has no record id as its last path segment");
        }

        ParsedCitation citation;
        try
        {
            citation = CitationParser.Parse(fields.Citation?.Text);
        }
        catch (CitationTooLongException e)
        {
            throw new ImportException(file, fields.Citation?.Line, "citation", e.Message);
        }
        var record = new ArchiveRecord
        {
            Source = new SourceIdentifier
            {
                Archive = citation.Archive ?? "Wilson Center Digital Archive",
                Url = url.Text,
                RecordId = recordId,
            },
            Title = title.Text,
            Date = fields.Date is { } date ? HistoricalDateParser.Parse(date.Text) : null,
            Summary = fields.Summary?.Text is { Length: > 0 } summary ? summary : null,
            Citation = fields.Citation?.Text,
            ArchivalReference = fields.Citation is null ? null : citation.Reference,
            Contributors = citation.Contributors,
            OriginalLanguages = OriginalLanguages(file, fields),
            Rights = fields.Rights?.Text,
            Subjects = [.. fields.Subjects],
            SourceFields = fields.Other.Count == 0 ? null : new Dictionary<string, string>(fields.Other, StringComparer.Ordinal),
        };
        record.Id = RecordId.For(record.Source);
        if (fields.BodyStart >= 0)
        {
            record.Layers = Layers(lines, fields, record);
        }
        try
        {
            FieldLimits.Check(_limits, file, null, record);
        }
        catch (ImportException e)
        {
            throw new ImportException(file, LineOf(e.Field, fields), e.Field, e.Problem, null, e);
        }
        return record;
    }

    private List<TextLayer> Layers(string[] lines, PageFields fields, ArchiveRecord record)
    {
        var blocks = BodyParser.Parse(lines, fields.BodyStart, fields.BodyEnd);
        var layers = new List<TextLayer>();
        foreach (var (lang, group) in LayerSegmenter.Segment(blocks, _identifier))
        {
            var layer = LayerBuilder.Build(group);
            if (layer.Text.Length == 0)
            {
                continue;
            }
            var whole = _identifier.Identify(LanguageSample.Of(layer.Text));
            layer.Lang = whole.IsUndetermined ? lang : whole.Tag;
            LayerClassifier.Classify(layer, group, fields.Tabs, record.OriginalLanguages, record.Contributors);
            layers.Add(layer);
        }
        return layers;
    }

    private static List<string> OriginalLanguages(string file, PageFields fields)
    {
        if (fields.OriginalLanguage is not { } original)
        {
            return [];
        }
        var tags = new List<string>();
        foreach (var name in original.Text.Split([',', ';', '\n', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var part in name.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var tag = LanguageNames.ToTag(part)
                    ?? throw new ImportException(file, original.Line, "Original Language", $"'{part}' is not a language name Dossier knows");
                tags.Add(tag);
            }
        }
        return tags;
    }

    // The line of the label or block a field was read from.
    private static int? LineOf(string? field, PageFields fields) => (field ?? "") switch
    {
        var f when f.StartsWith("title", StringComparison.Ordinal) => fields.Title?.Line,
        var f when f.StartsWith("date", StringComparison.Ordinal) => fields.Date?.Line,
        var f when f.StartsWith("summary", StringComparison.Ordinal) => fields.Summary?.Line,
        var f when f.StartsWith("rights", StringComparison.Ordinal) => fields.Rights?.Line,
        var f when f.StartsWith("original_languages", StringComparison.Ordinal) => fields.OriginalLanguage?.Line,
        var f when f.StartsWith("source.", StringComparison.Ordinal) || f.StartsWith("id", StringComparison.Ordinal) => fields.Url?.Line,
        var f when f.StartsWith("citation", StringComparison.Ordinal) || f.StartsWith("archival_reference", StringComparison.Ordinal)
            || f.StartsWith("contributors", StringComparison.Ordinal) => fields.Citation?.Line,
        var f when f.StartsWith("layers", StringComparison.Ordinal) => fields.BodyStart + 1,
        _ => null,
    };

    private static string LastSegment(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath.TrimEnd('/').Split('/')[^1] : "";

    private static int FirstTextLine(string[] lines)
    {
        var index = Array.FindIndex(lines, l => l.Trim().Length > 0);
        return index < 0 ? 1 : index + 1;
    }
}
