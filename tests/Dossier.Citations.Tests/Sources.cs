using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Interop.Importers.Csv;
using Dossier.Interop.Importers.WcdaPage;
using Dossier.Testing;

namespace Dossier.Citations.Tests;

/// <summary>Records read from the shared fixtures through the real importers.</summary>
internal static class Sources
{
    public static string WilsonCsv => Shared.PathTo("corpora/wcda-samples/wilson_archive_11docs.csv");

    public static async Task<ArchiveRecord> ModelRecordAsync() => Assert.Single(await ReadAsync(new WcdaPageReader(), Shared.ModelRecord));

    public static Task<List<ArchiveRecord>> WilsonCsvAsync() => ReadAsync(new CsvReader(), WilsonCsv);

    public static async Task<List<ArchiveRecord>> ReadAsync(IRecordReader reader, string path)
    {
        var sink = new Sink();
        await reader.ReadAsync(ImportSource.FromFile(path), sink, TestContext.Current.CancellationToken);
        return sink.Records;
    }

    private sealed class Sink : IImportSink
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
