using System.Globalization;
using Dossier.Core.Importing;
using Dossier.Core.Records;

namespace Dossier.Interop.Importers;

/// <summary>
/// The records one file has given so far, by archive id, with the line each began on. A second record with the
/// same id is an error naming both lines: two sources never share one record, and one source given twice in a
/// file is ambiguous (which one is meant?), so the file is refused rather than one silently replacing the other.
/// </summary>
internal sealed class RecordLines(string file)
{
    private readonly Dictionary<string, (int? Line, SourceIdentifier Source)> _seen = new(StringComparer.Ordinal);

    public void Add(int? line, ArchiveRecord record)
    {
        var id = string.IsNullOrEmpty(record.Id) ? RecordId.For(record.Source) : record.Id;
        if (_seen.TryGetValue(id, out var first))
        {
            var where = first.Line is { } l ? "line " + l.ToString(CultureInfo.InvariantCulture) : "earlier in the file";
            var same = string.Equals(first.Source.Archive, record.Source.Archive, StringComparison.Ordinal)
                && string.Equals(first.Source.RecordId, record.Source.RecordId, StringComparison.Ordinal);
            throw new ImportException(file, line, "id", same
                ? $"'{id}' is given twice: this record repeats the source record of {where} ({first.Source.Archive} {first.Source.RecordId})"
                : $"'{id}' is already the id of the record at {where}, from another source ({first.Source.Archive} {first.Source.RecordId}); two sources never share one record");
        }
        _seen[id] = (line, record.Source);
    }
}
