using Dossier.Core.Records;

namespace Dossier.Core.Exporting;

/// <summary>Writes records in one output format. Implementations live in Dossier.Interop, one per format.</summary>
public interface IRecordWriter
{
    string Format { get; }

    Task WriteAsync(IAsyncEnumerable<ArchiveRecord> records, Stream output, CancellationToken cancellationToken = default);
}
