using Dossier.Core.Names;
using Dossier.Core.Records;

namespace Dossier.Storage.Tests.Contracts;

/// <summary>
/// A record's name sieve is stored beside it while it fits the record's texts, whatever wrote the record; it is read
/// without the document, and kept for a record stored without one without recording a change.
/// </summary>
public abstract class NameSieveContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    [Fact]
    public async Task Should_keep_a_records_sieve_while_its_texts_stay_and_drop_it_when_one_changes()
    {
        var record = Linked();
        var sieve = NameSieve.Of([NameSieve.KeyForm("molotov")], record.Layers);
        record.NameSieve = sieve;
        await Store.Records.UpsertAsync([record], Cancel);
        Assert.Equal(sieve, await SieveAsync(record.Id));

        // Read back (no sieve on the record) and written with other links: the stored sieve still fits.
        var read = (await Store.Records.FindAsync(record.Id, Cancel))!;
        Assert.Null(read.NameSieve);
        read.Subjects.Add("Harbours");
        Assert.Equal(1, (await Store.Records.UpsertAsync([read], Cancel)).Updated);
        Assert.Equal(sieve, await SieveAsync(record.Id));

        read.Layers[0].Text += " Molotov agreed.";
        await Store.Records.UpsertAsync([read], Cancel);
        Assert.Null(await SieveAsync(record.Id));
    }

    [Fact]
    public async Task Should_give_an_empty_sieve_to_a_record_whose_links_are_not_the_recognisers()
    {
        var record = TestRecords.Full();
        record.NameSieve = NameSieve.Of([NameSieve.KeyForm("molotov")], record.Layers);

        await Store.Records.UpsertAsync([record], Cancel);

        Assert.Empty(Assert.IsType<byte[]>(await SieveAsync(record.Id)));
    }

    [Fact]
    public async Task Should_keep_a_sieve_for_a_record_stored_without_one_and_record_no_change()
    {
        var record = Linked();
        await Store.Records.UpsertAsync([record], Cancel);
        Assert.Null(await SieveAsync(record.Id));
        var sequence = await Store.Records.LastSequenceAsync(Cancel);
        record.NameSieve = NameSieve.Of([NameSieve.KeyForm("molotov")], record.Layers);

        await KeepAsync(record, sequence);

        Assert.Equal(record.NameSieve, await SieveAsync(record.Id));
        Assert.Equal(sequence, await Store.Records.LastSequenceAsync(Cancel));
    }

    [Fact]
    public async Task Should_keep_no_sieve_for_a_record_written_after_it_was_read()
    {
        var record = Linked();
        await Store.Records.UpsertAsync([record], Cancel);
        var readAt = await Store.Records.LastSequenceAsync(Cancel);
        record.NameSieve = NameSieve.Of([NameSieve.KeyForm("molotov")], record.Layers);
        // Another writer gives the record another text meanwhile.
        var rewritten = Linked();
        rewritten.Layers[0].Text += " Beria agreed.";
        await Store.Records.UpsertAsync([rewritten], Cancel);

        await KeepAsync(record, readAt);

        Assert.Null(await SieveAsync(record.Id));
    }

    [Fact]
    public async Task Should_keep_the_sieve_an_unchanged_record_brings_when_none_is_stored()
    {
        var record = Linked();
        await Store.Records.UpsertAsync([record], Cancel);
        var again = Linked();
        again.NameSieve = NameSieve.Of([NameSieve.KeyForm("molotov")], again.Layers);

        var result = await Store.Records.UpsertAsync([again], Cancel);

        Assert.Equal(1, result.Unchanged);
        Assert.Equal(again.NameSieve, await SieveAsync(record.Id));
    }

    private async Task KeepAsync(ArchiveRecord record, long readAt)
    {
        await using var transaction = await Store.BeginImportAsync(Cancel);
        await transaction.KeepNameSievesAsync([record], readAt, Cancel);
        await transaction.CommitAsync(Cancel);
    }

    private async Task<byte[]?> SieveAsync(string id) =>
        (await Store.Records.StreamNameSievesAsync(Cancel).ToListAsync(Cancel)).Single(s => s.RecordId == id).Sieve;

    private static ArchiveRecord Linked()
    {
        var record = TestRecords.Full();
        record.NamesLinkedBy = NameLinker.Recogniser;
        return record;
    }
}
