using System.Text;
using Dossier.Core.Exporting;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Interop.Exporters.Jsonl;
using Dossier.Interop.Importers.Jsonl;
using Dossier.Storage;
using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;

namespace Dossier.Interop.Tests.Jsonl;

public sealed class JsonlRoundTripTests : IDisposable
{
    private readonly TempFolder _temp = new("dossier-jsonl");
    private readonly List<SqliteArchiveStore> _stores = [];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_give_identical_bytes_when_an_export_is_imported_into_an_empty_archive_and_exported_again()
    {
        var first = await OpenAsync("first");
        await first.Collections.UpsertAsync(JsonlSamples.Collections(), Cancel);
        await first.Authorities.UpsertAsync(JsonlSamples.Authorities(), Cancel);
        await first.Records.UpsertAsync(JsonlSamples.Records(), Cancel);
        var exported = await ExportAsync(first);
        var file = _temp.File("archive.jsonl");
        await File.WriteAllBytesAsync(file, exported, Cancel);

        var second = await OpenAsync("second");
        var report = await new ImportService(second, [new JsonlRecordReader()]).ImportAsync([file], new ImportOptions(), cancellationToken: Cancel);
        var again = await ExportAsync(second);

        Assert.Empty(report.Failed);
        Assert.Equal(3, report.Imported);
        Assert.Equal(Encoding.UTF8.GetString(exported), Encoding.UTF8.GetString(again));
        Assert.Equal(exported, again);
    }

    [Fact]
    public async Task Should_write_collections_authorities_then_records_in_id_order_one_compact_line_each()
    {
        var store = await OpenAsync("order");
        await store.Collections.UpsertAsync(JsonlSamples.Collections(), Cancel);
        await store.Authorities.UpsertAsync(JsonlSamples.Authorities(), Cancel);
        await store.Records.UpsertAsync(JsonlSamples.Records(), Cancel);

        var bytes = await ExportAsync(store);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal("", lines[^1]);
        Assert.Equal(8, lines.Length);
        Assert.StartsWith("{\"type\":\"collection\",\"collection\":{\"id\":\"other\"", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("{\"type\":\"authority\",\"authority\":{\"id\":\"p-leyla\"", lines[2], StringComparison.Ordinal);
        var ids = JsonlSamples.Records().Select(r => RecordId.For(r.Source)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(ids, lines[4..7].Select(l => RecordJson.Deserialize(l)!.Id));
        Assert.Contains("Ганджа", lines[4] + lines[5] + lines[6], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_write_records_exactly_as_record_json_serializes_them()
    {
        var records = JsonlSamples.Records();
        using var output = new MemoryStream();

        await new JsonlRecordWriter().WriteAsync(records.ToAsyncEnumerable(), output, Cancel);

        var expected = string.Concat(records.Select(r => RecordJson.Serialize(r) + "\n"));
        Assert.Equal(expected, Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task Should_write_nothing_of_a_file_with_one_bad_line_and_say_where_it_is()
    {
        var store = await OpenAsync("bad");
        var good = JsonlSamples.Records().Select(r => RecordJson.Serialize(r)).ToList();
        var bad = good[1].Replace("\"title\":\"Undated fragment\"", "\"title\":null", StringComparison.Ordinal);
        var file = _temp.File("bad.jsonl");
        await File.WriteAllTextAsync(file, good[0] + "\n" + bad + "\n" + good[2] + "\n", Cancel);

        var report = await new ImportService(store, [new JsonlRecordReader()]).ImportAsync([file], new ImportOptions { BatchSize = 1 }, cancellationToken: Cancel);

        Assert.Equal(file + ":2: title: missing", Assert.Single(report.Failed).ToString());
        Assert.Equal(0, await store.Records.CountAsync(Cancel));
        Assert.Equal(0, await store.Records.LastSequenceAsync(Cancel));
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.ReleaseConnections();
        }
        _temp.Dispose();
    }

    private async Task<SqliteArchiveStore> OpenAsync(string name)
    {
        var store = await StoreFactory.OpenAsync(_temp.File(name), cancellationToken: Cancel);
        _stores.Add(store);
        return store;
    }

    private static async Task<byte[]> ExportAsync(SqliteArchiveStore store)
    {
        using var output = new MemoryStream();
        // Through the interface, as the export command calls it: the JSON Lines writer must carry authorities and collections.
        IRecordWriter writer = new JsonlRecordWriter();
        await writer.WriteArchiveAsync(store, output, Cancel);
        return output.ToArray();
    }
}
