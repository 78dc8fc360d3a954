using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Storage.Tests.Sqlite;

/// <summary>
/// Issue 9, ingest: the import reads a file while the one before it is written, and nothing else changes: one
/// transaction per file in file order, a bad file writes nothing (not even the batches written before its bad line),
/// and the report says what it said, in file order.
/// </summary>
public sealed class ImportPipelineTests : IAsyncDisposable
{
    private readonly SqliteStoreProvider _provider = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-pipeline-").FullName;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Should_read_the_next_file_while_the_one_before_it_is_written()
    {
        var store = await _provider.OpenAsync(TimeProvider.System);
        var reader = new LineReader();
        // The first file's records are not written until the second file is being read: one after the other, this waits in vain.
        var held = new HoldingStore(store, firstWriteWaitsFor: reader.Opened("b.lines"));
        string[] files = [File("a.lines", "A1", "A2"), File("b.lines", "B1"), File("c.lines", "C1", "C2")];

        var report = await new ImportService(held, [reader]).ImportAsync(files, new ImportOptions { RecognizeNames = false }, cancellationToken: Cancel);

        Assert.Empty(report.Failed);
        Assert.Equal(3, report.Files);
        Assert.Equal(Ids("A1", "A2", "B1", "C1", "C2"), report.Ids);
        Assert.True(held.FirstWriteSawTheNextFile);
    }

    [Fact]
    public async Task Should_write_nothing_of_a_file_that_fails_after_a_batch_was_written_and_go_on_with_the_next_in_order()
    {
        var store = await _provider.OpenAsync(TimeProvider.System);
        var reader = new LineReader();
        string[] files = [File("a.lines", "A1"), File("b.lines", "B1", "B2", "B3", "!bad", "B5"), File("c.lines", "C1"), File("empty.lines")];

        var report = await new ImportService(store, [reader]).ImportAsync(files, new ImportOptions { RecognizeNames = false, BatchSize = 2 }, cancellationToken: Cancel);

        Assert.Equal(2, report.Files);
        Assert.Equal(Ids("A1", "C1"), report.Ids);
        Assert.Equal(
            [("b.lines", 4, "line 4 is bad"), ("empty.lines", (int?)null, "the file is empty")],
            report.Failed.Select(f => (Path.GetFileName(f.File), f.Line, f.Error)));
        Assert.Equal(["A1", "C1"], (await store.Records.ListAsync(0, 10, Cancel)).Select(r => r.Title).Order(StringComparer.Ordinal));
    }

    private string File(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllLines(path, lines);
        return path;
    }

    private static List<string> Ids(params string[] sources) => [.. sources.Select(s => RecordId.For(TestRecords.Archive, s))];

    /// <summary>One record a line, titled by it, with the line as its source id; a line starting with ! is bad.</summary>
    private sealed class LineReader : IRecordReader
    {
        private readonly Dictionary<string, TaskCompletionSource> _opened = new(StringComparer.Ordinal);

        public string Format => "lines";

        public Task Opened(string name) => Signal(name).Task;

        public bool CanRead(string path, ReadOnlySpan<byte> head) => path.EndsWith(".lines", StringComparison.Ordinal);

        public async Task ReadAsync(ImportSource source, IImportSink sink, CancellationToken cancellationToken = default)
        {
            Signal(Path.GetFileName(source.Path)).TrySetResult();
            var lines = await System.IO.File.ReadAllLinesAsync(source.Path, cancellationToken);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith('!'))
                {
                    throw new ImportException(source.Path, i + 1, null, $"line {i + 1} is bad");
                }
                var record = TestRecords.Simple(lines[i], lines[i]);
                record.Id = "";
                await sink.AddRecordAsync(record, cancellationToken);
            }
        }

        private TaskCompletionSource Signal(string name)
        {
            lock (_opened)
            {
                if (!_opened.TryGetValue(name, out var signal))
                {
                    _opened[name] = signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
                return signal;
            }
        }
    }

    /// <summary>The real store, whose first record write waits (10 s at most) for <c>firstWriteWaitsFor</c>.</summary>
    private sealed class HoldingStore(IArchiveStore inner, Task firstWriteWaitsFor) : IArchiveStore
    {
        private int _writes;

        public bool FirstWriteSawTheNextFile { get; private set; }

        public IRecordStore Records => inner.Records;

        public IAuthorityStore Authorities => inner.Authorities;

        public ICollectionStore Collections => inner.Collections;

        public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

        public async Task<IImportTransaction> BeginImportAsync(CancellationToken cancellationToken = default) =>
            new HoldingTransaction(this, await inner.BeginImportAsync(cancellationToken));

        private async Task HoldFirstAsync()
        {
            if (Interlocked.Increment(ref _writes) == 1)
            {
                FirstWriteSawTheNextFile = await Task.WhenAny(firstWriteWaitsFor, Task.Delay(TimeSpan.FromSeconds(10))) == firstWriteWaitsFor;
            }
        }

        private sealed class HoldingTransaction(HoldingStore store, IImportTransaction inner) : IImportTransaction
        {
            public async Task<UpsertResult> UpsertRecordsAsync(IReadOnlyList<ArchiveRecord> records, CancellationToken cancellationToken = default)
            {
                await store.HoldFirstAsync();
                return await inner.UpsertRecordsAsync(records, cancellationToken);
            }

            public Task KeepNameSievesAsync(IReadOnlyList<ArchiveRecord> records, long readAt, CancellationToken cancellationToken = default) =>
                inner.KeepNameSievesAsync(records, readAt, cancellationToken);

            public Task UpsertAuthoritiesAsync(IReadOnlyList<Authority> authorities, CancellationToken cancellationToken = default) =>
                inner.UpsertAuthoritiesAsync(authorities, cancellationToken);

            public Task UpsertCollectionsAsync(IReadOnlyList<Collection> collections, CancellationToken cancellationToken = default) =>
                inner.UpsertCollectionsAsync(collections, cancellationToken);

            public Task<bool> DeleteAuthorityAsync(string id, CancellationToken cancellationToken = default) => inner.DeleteAuthorityAsync(id, cancellationToken);

            public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
