using System.Text;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Tests.Contracts;

/// <summary>
/// A record's row keeps its document packed, whatever the database; a row written before packing reads as it stands
/// until `dossier db pack` packs it, and a damaged packed document makes its record unreadable, never the records around it.
/// </summary>
public abstract class StoredDocumentContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    [Fact]
    public async Task Should_keep_the_document_packed_in_the_row_and_give_back_the_same_record()
    {
        var record = TestRecords.Full();
        record.Layers[1].Text = string.Concat(Enumerable.Range(0, 200).Select(i => $"Paragraph {i}: the harbour works at Lenkoran went on through the spring.\n"));
        var json = RecordJson.Serialize(record);
        await Store.Records.UpsertAsync([record], Cancel);

        var stored = await StoredAsync(record.Id);
        var found = await Store.Records.FindAsync(record.Id, Cancel);

        Assert.Equal(1, stored[0]);
        Assert.True(stored.Length * 4 < Encoding.UTF8.GetByteCount(json), $"{stored.Length} bytes stored for {Encoding.UTF8.GetByteCount(json)}");
        Assert.Equal(json, RecordJson.Serialize(found!));
        Assert.Equal(json, RecordJson.Serialize(Assert.Single(await Store.Records.StreamAsync(Cancel).ToListAsync(Cancel))));
    }

    [Fact]
    public async Task Should_read_a_document_written_before_packing_as_it_stands()
    {
        var record = TestRecords.Full();
        await Store.Records.UpsertAsync([record, TestRecords.Simple("other")], Cancel);
        var json = RecordJson.Serialize(record);

        await WriteDocumentAsync(record.Id, json);
        var found = await Store.Records.FindAsync(record.Id, Cancel);
        var streamed = await Store.Records.StreamReadableAsync(_ => Assert.Fail("a record was unreadable"), Cancel).ToListAsync(Cancel);
        var result = await Store.Records.UpsertAsync([TestRecords.Full()], Cancel);

        Assert.NotEqual(1, (await StoredAsync(record.Id))[0]);
        Assert.Equal(json, RecordJson.Serialize(found!));
        Assert.Equal(2, streamed.Count);
        Assert.Equal(1, result.Unchanged);
    }

    [Fact]
    public async Task Should_name_a_record_whose_packed_document_is_damaged_and_read_the_others()
    {
        var record = TestRecords.Full();
        await Store.Records.UpsertAsync([record, TestRecords.Simple("other")], Cancel);
        var stored = await StoredAsync(record.Id);
        // Cut off the end: the length in front says more than the rest unpacks to.
        await WriteDocumentAsync(record.Id, stored[..(stored.Length / 2)]);

        var unreadable = new List<SkippedRecord>();
        var streamed = await Store.Records.StreamReadableAsync(unreadable.Add, Cancel).ToListAsync(Cancel);

        Assert.Equal([RecordId.For(TestRecords.Archive, "other")], streamed.Select(r => r.Id));
        var skipped = Assert.Single(unreadable);
        Assert.Equal(record.Id, skipped.Id);
        Assert.Contains("InvalidDataException", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_read_many_records_in_the_order_asked_whatever_their_documents_and_fail_on_a_damaged_one_with_its_own_error()
    {
        // More than one query's worth (500), a document written before packing, and a big one (read alone as it comes).
        var records = Enumerable.Range(0, 620).Select(i => TestRecords.Simple($"many/{i:000}", $"Note {i}")).ToList();
        var full = TestRecords.Full();
        full.Layers[1].Text = string.Concat(Enumerable.Repeat("The harbour works at Lenkoran went on through the spring. ", 20_000));
        records.Add(full);
        await Store.Records.UpsertAsync(records, Cancel);
        await WriteDocumentAsync(records[3].Id, RecordJson.Serialize(records[3]));
        var asked = records.Select(r => r.Id).Reverse().Append("no-such-record").ToList();

        var read = await Store.Records.GetManyAsync(asked, Cancel);

        Assert.Equal(asked.SkipLast(1), read.Select(r => r.Id));
        Assert.Equal(records.Select(r => RecordJson.Serialize(r)).Reverse(), read.Select(r => RecordJson.Serialize(r)));

        var stored = await StoredAsync(records[550].Id);
        await WriteDocumentAsync(records[550].Id, stored[..(stored.Length / 2)]);
        await Assert.ThrowsAsync<InvalidDataException>(() => Store.Records.GetManyAsync(asked, Cancel));
        var (found, unreadable) = await Store.Records.GetManyTolerantAsync(asked, Cancel);
        Assert.Equal(records.Count - 1, found.Count);
        Assert.Equal([records[550].Id], unreadable.Keys);
    }

    [Fact]
    public async Task Should_pack_the_documents_written_before_packing_without_a_change_to_the_records()
    {
        var record = TestRecords.Full();
        await Store.Records.UpsertAsync([record, TestRecords.Simple("other")], Cancel);
        var json = RecordJson.Serialize(record);
        await WriteDocumentAsync(record.Id, json);
        var sequence = await Store.Records.LastSequenceAsync(Cancel);

        var packed = await ((ArchiveStore)Store).PackDocumentsAsync(Cancel);
        var again = await ((ArchiveStore)Store).PackDocumentsAsync(Cancel);

        Assert.Equal((1, 0), (packed, again));
        Assert.Equal(1, (await StoredAsync(record.Id))[0]);
        Assert.Equal(json, RecordJson.Serialize((await Store.Records.FindAsync(record.Id, Cancel))!));
        Assert.Equal(sequence, await Store.Records.LastSequenceAsync(Cancel));
        Assert.Equal(1, (await Store.Records.UpsertAsync([TestRecords.Full()], Cancel)).Unchanged);
    }

    private async Task<byte[]> StoredAsync(string id)
    {
        await using var db = ((ArchiveStore)Store).CreateContext();
        return await db.Records.Where(r => r.Id == id).Select(r => r.Document).SingleAsync(Cancel);
    }

    /// <summary>Writes the column behind the store's back: text as SQLite held it before packing, or bytes.</summary>
    private async Task WriteDocumentAsync(string id, object value)
    {
        await using var db = ((ArchiveStore)Store).CreateContext();
        var bytes = value as byte[] ?? Encoding.UTF8.GetBytes((string)value);
        var written = db.Database.IsSqlite()
            ? await db.Database.ExecuteSqlRawAsync("UPDATE records SET document = {0} WHERE id = {1}", [value, id], Cancel)
            : await db.Records.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Document, bytes), Cancel);
        Assert.Equal(1, written);
    }
}
