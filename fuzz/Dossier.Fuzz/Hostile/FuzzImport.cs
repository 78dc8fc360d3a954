using System.Diagnostics;
using Dossier.Core.Importing;
using Dossier.Core.Storage;
using Dossier.Interop.Importers.Csv;
using Dossier.Interop.Importers.Jsonl;
using Dossier.Interop.Importers.Tei;
using Dossier.Interop.Importers.WcdaPage;
using Dossier.Storage;
using Dossier.Storage.Providers.Sqlite;

namespace Dossier.Fuzz.Hostile;

/// <summary>
/// Imports hostile files one at a time through the real <see cref="ImportService"/> into a real SQLite store, and
/// tells for each whether it imported, failed as reported, crashed, or left part of itself behind (the store's
/// records, change sequence, authorities and collections are compared before and after a failing file).
/// </summary>
public sealed class FuzzImport : IAsyncDisposable
{
    // Failures the import service reports for an exception it did not expect from a reader ("not imported: X: …").
    private const string UnexpectedPrefix = "not imported: ";

    private readonly SqliteArchiveStore _store;
    private readonly ImportService _service;
    private readonly string _folder;
    private StoreState? _state;

    private FuzzImport(SqliteArchiveStore store, string folder)
    {
        _store = store;
        _folder = folder;
        _service = new ImportService(store, [new JsonlRecordReader(), new TeiReader(), new WcdaPageReader(), new CsvReader()]);
    }

    public static async Task<FuzzImport> OpenAsync(string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var store = await StoreFactory.OpenAsync(Path.Combine(folder, "data"), cancellationToken: cancellationToken).ConfigureAwait(false);
        return new FuzzImport(store, folder);
    }

    /// <summary>Writes <paramref name="bytes"/> to a file named <paramref name="name"/> and imports it as <paramref name="format"/>.</summary>
    public async Task<FuzzOutcome> ImportAsync(string name, byte[] bytes, FuzzFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(format);
        var path = Path.Combine(_folder, name + format.Extension);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
        try
        {
            _state ??= await StoreState.ReadAsync(_store, cancellationToken).ConfigureAwait(false);
            var clock = Stopwatch.StartNew();
            ImportReport report;
            try
            {
                report = await _service.ImportAsync([path], new ImportOptions { Format = format.Name }, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new FuzzOutcome(FuzzVerdict.Crash, clock.Elapsed.TotalSeconds, e.ToString(), null);
            }
            var seconds = clock.Elapsed.TotalSeconds;
            if (report.Failed.Count == 0)
            {
                _state = null;
                return new FuzzOutcome(FuzzVerdict.Imported, seconds, null, null);
            }
            var failure = report.Failed[0];
            var message = failure.ToString();
            var after = await StoreState.ReadAsync(_store, cancellationToken).ConfigureAwait(false);
            var verdict = failure.Error.StartsWith(UnexpectedPrefix, StringComparison.Ordinal) ? FuzzVerdict.Crash
                : after != _state ? FuzzVerdict.PartialWrite
                : !string.Equals(failure.File, path, StringComparison.Ordinal) || !message.StartsWith(path, StringComparison.Ordinal) ? FuzzVerdict.Unnamed
                : FuzzVerdict.FailedAsReported;
            return new FuzzOutcome(verdict, seconds, message, failure.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync().ConfigureAwait(false);
    }

    private sealed record StoreState(long Sequence, int Records, int Collections, int Authorities)
    {
        public static async Task<StoreState> ReadAsync(IArchiveStore store, CancellationToken cancellationToken)
        {
            var authorities = 0;
            await foreach (var _ in store.Authorities.StreamAsync(cancellationToken).ConfigureAwait(false))
            {
                authorities++;
            }
            return new StoreState(
                await store.Records.LastSequenceAsync(cancellationToken).ConfigureAwait(false),
                await store.Records.CountAsync(cancellationToken).ConfigureAwait(false),
                (await store.Collections.ListAsync(cancellationToken).ConfigureAwait(false)).Count,
                authorities);
        }
    }
}
