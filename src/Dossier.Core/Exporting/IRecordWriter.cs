using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Core.Exporting;

/// <summary>Writes records in one output format. Implementations live in Dossier.Interop, one per format.</summary>
public interface IRecordWriter
{
    string Format { get; }

    Task WriteAsync(IAsyncEnumerable<ArchiveRecord> records, Stream output, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the whole archive. The default writes its records; a format that also carries authorities and
    /// collections (JSON Lines) writes them too, so an export can be imported again without loss.
    /// </summary>
    Task WriteArchiveAsync(IArchiveStore store, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return WriteAsync(store.Records.StreamAsync(cancellationToken), output, cancellationToken);
    }
}
