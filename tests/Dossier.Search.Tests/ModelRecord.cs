using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Interop.Importers.WcdaPage;
using Dossier.Testing;

namespace Dossier.Search.Tests;

/// <summary>
/// The model record (Wilson Center 119698), imported from the fixture in ../shared by the wcda-page reader:
/// a Russian transcription, an Azerbaijani OCR original and an English translation. Never copied here.
/// </summary>
internal static class ModelRecord
{
    public static async Task<ArchiveRecord> ImportAsync()
    {
        var sink = new CollectingSink();
        await new WcdaPageReader().ReadAsync(ImportSource.FromFile(Shared.ModelRecord), sink, TestContext.Current.CancellationToken);
        return Assert.Single(sink.Records);
    }

    internal sealed class CollectingSink : IImportSink
    {
        public List<ArchiveRecord> Records { get; } = [];

        public ValueTask AddRecordAsync(ArchiveRecord record, CancellationToken cancellationToken = default)
        {
            Records.Add(record);
            return ValueTask.CompletedTask;
        }

        public ValueTask AddAuthorityAsync(Authority authority, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask AddCollectionAsync(Collection collection, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
