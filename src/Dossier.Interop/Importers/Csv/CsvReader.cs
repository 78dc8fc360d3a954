using Dossier.Core.Authorities;
using Dossier.Core.Importing;

namespace Dossier.Interop.Importers.Csv;

/// <summary>
/// Reads records from CSV (RFC 4180) with a header row. Columns are found by common header names, or by a JSON
/// mapping file given as the "mapping" option (see <see cref="CsvColumnMapping"/>). A row whose cell count differs
/// from the header's, or with an unbalanced quote, fails the file with its line number.
/// </summary>
public sealed class CsvReader(ImportLimits? limits = null) : IRecordReader
{
    private readonly ImportLimits _limits = limits ?? ImportLimits.Default;

    public string Format => "csv";

    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        Path.GetExtension(path ?? "").Equals(".csv", StringComparison.OrdinalIgnoreCase);

    public async Task ReadAsync(ImportSource source, IImportSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sink);
        var mapping = source.Options.TryGetValue("mapping", out var mappingFile) ? CsvColumnMapping.Load(mappingFile) : CsvColumnMapping.Default;
        await using var stream = new Tei.CountingStream(new Utf8GuardStream(source.Open(), source.Path), source.Progress);
        using var text = new StreamReader(stream, FileSniffer.StrictUtf8, detectEncodingFromByteOrderMarks: false);
        var parser = new Rfc4180Parser(text, source.Path, _limits.MaxLayerLength);
        var ids = new RecordLines(source.Path);
        var placeIds = new HashSet<string>(StringComparer.Ordinal);

        CsvColumns? columns = null;
        var headerCount = 0;
        var places = new List<Authority>();
        foreach (var row in parser.Rows())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (columns is null)
            {
                headerCount = row.Cells.Count;
                try
                {
                    columns = mapping.Bind(row.Cells);
                }
                catch (ImportException e)
                {
                    throw new ImportException(source.Path, row.Line, e.Field, e.Problem);
                }
                if (!columns.Has("title") && !columns.Has("text"))
                {
                    throw new ImportException(source.Path, row.Line, null, "the header has neither a title nor a text column (give a mapping)");
                }
                continue;
            }
            if (row.Cells.Count != headerCount)
            {
                throw new ImportException(source.Path, row.Line, null, $"the row has {row.Cells.Count} cells, the header {headerCount}");
            }
            var before = places.Count;
            var record = CsvRecordBuilder.Build(row, columns, source.Path, places, placeIds);
            FieldLimits.Check(_limits, source.Path, row.Line, record);
            ids.Add(row.Line, record);
            for (var i = before; i < places.Count; i++)
            {
                FieldLimits.Check(_limits, source.Path, row.Line, places[i]);
                await sink.AddAuthorityAsync(places[i], cancellationToken).ConfigureAwait(false);
            }
            await sink.AddRecordAsync(record, cancellationToken).ConfigureAwait(false);
        }
    }
}
