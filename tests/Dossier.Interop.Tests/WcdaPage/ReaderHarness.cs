using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Interop.Importers.WcdaPage;

namespace Dossier.Interop.Tests.WcdaPage;

/// <summary>Runs the reader on a file and collects what it hands to its sink.</summary>
internal static class ReaderHarness
{
    public static readonly WcdaPageReader Reader = new();

    public static async Task<ArchiveRecord> ReadAsync(string path)
    {
        var sink = new CollectingSink();
        await Reader.ReadAsync(ImportSource.FromFile(path), sink, TestContext.Current.CancellationToken);
        return Assert.Single(sink.Records);
    }

    private sealed class CollectingSink : IImportSink
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
