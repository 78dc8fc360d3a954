using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Importing;
using Dossier.Core.Records;

namespace Dossier.Fuzz;

/// <summary>Takes what a reader hands over and keeps nothing: the harness looks only at how the reader ends.</summary>
internal sealed class DiscardingSink : IImportSink
{
    public ValueTask AddRecordAsync(ArchiveRecord record, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask AddAuthorityAsync(Authority authority, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask AddCollectionAsync(Collection collection, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
