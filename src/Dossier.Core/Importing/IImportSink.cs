using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Records;

namespace Dossier.Core.Importing;

/// <summary>Where a reader puts what it reads; the import service buffers and writes it in one transaction per file.</summary>
public interface IImportSink
{
    ValueTask AddRecordAsync(ArchiveRecord record, CancellationToken cancellationToken = default);

    ValueTask AddAuthorityAsync(Authority authority, CancellationToken cancellationToken = default);

    ValueTask AddCollectionAsync(Collection collection, CancellationToken cancellationToken = default);
}
