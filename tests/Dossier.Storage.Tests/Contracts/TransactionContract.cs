using Dossier.Core.Collections;
using Dossier.Core.Records;

namespace Dossier.Storage.Tests.Contracts;

/// <summary>Atomicity of <see cref="Core.Storage.IImportTransaction"/>.</summary>
public abstract class TransactionContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    [Fact]
    public async Task Should_leave_nothing_when_a_transaction_is_disposed_without_commit()
    {
        await Store.Records.UpsertAsync([TestRecords.Simple("kept")], Cancel);
        var sequence = await Store.Records.LastSequenceAsync(Cancel);

        await using (var transaction = await Store.BeginImportAsync(Cancel))
        {
            await transaction.UpsertRecordsAsync([TestRecords.Simple("x1"), TestRecords.Simple("x2")], Cancel);
            await transaction.UpsertRecordsAsync([TestRecords.Simple("kept", "Overwritten")], Cancel);
            await transaction.UpsertAuthoritiesAsync([TestRecords.Person("p-x", "Nobody")], Cancel);
            await transaction.UpsertCollectionsAsync([new Collection { Id = "c-x", Title = "Never" }], Cancel);
        }

        Assert.Equal(1, await Store.Records.CountAsync(Cancel));
        Assert.Equal("A short note", (await Store.Records.FindAsync("kept", Cancel))!.Title);
        Assert.Equal(sequence, await Store.Records.LastSequenceAsync(Cancel));
        Assert.Null(await Store.Authorities.FindAsync("p-x", Cancel));
        Assert.Empty(await Store.Collections.ListAsync(Cancel));
    }

    [Fact]
    public async Task Should_show_nothing_to_readers_before_commit_and_everything_after()
    {
        await using var transaction = await Store.BeginImportAsync(Cancel);
        await transaction.UpsertRecordsAsync([TestRecords.Simple("r1")], Cancel);

        Assert.Equal(0, await Store.Records.CountAsync(Cancel));
        await transaction.CommitAsync(Cancel);
        Assert.Equal(1, await Store.Records.CountAsync(Cancel));
    }

    [Fact]
    public async Task Should_open_and_write_again_after_an_abandoned_transaction()
    {
        var transaction = await Store.BeginImportAsync(Cancel);
        await transaction.UpsertRecordsAsync([TestRecords.Simple("lost")], Cancel);
        await transaction.DisposeAsync();

        var reopened = await Provider.ReopenAsync(Clock);
        var result = await reopened.Records.UpsertAsync([TestRecords.Simple("found")], Cancel);

        Assert.Equal(1, result.Inserted);
        Assert.Null(await reopened.Records.FindAsync("lost", Cancel));
        Assert.Equal(1, await reopened.Records.CountAsync(Cancel));
    }

    [Fact]
    public async Task Should_merge_an_authority_by_rewriting_records_and_deleting_it_in_one_transaction()
    {
        var record = TestRecords.Full();
        await Store.Authorities.UpsertAsync([TestRecords.Person("p-khrushchev", "Khrushchev, N. S."), TestRecords.Person("p-dup", "Hrushchov")], Cancel);
        record.People[0].AuthorityId = "p-dup";
        await Store.Records.UpsertAsync([record], Cancel);

        await using (var transaction = await Store.BeginImportAsync(Cancel))
        {
            record.People[0].AuthorityId = "p-khrushchev";
            await transaction.UpsertRecordsAsync([record], Cancel);
            await transaction.UpsertAuthoritiesAsync([TestRecords.Person("p-khrushchev", "Khrushchev, N. S.", ("Hrushchov", "en"))], Cancel);
            Assert.True(await transaction.DeleteAuthorityAsync("p-dup", Cancel));
            await transaction.CommitAsync(Cancel);
        }

        Assert.Null(await Store.Authorities.FindAsync("p-dup", Cancel));
        Assert.Empty(await Store.Authorities.RecordIdsCitingAsync("p-dup", Cancel));
        Assert.Equal([record.Id], await Store.Authorities.RecordIdsCitingAsync("p-khrushchev", Cancel));
        Assert.Single(await Store.Authorities.SearchAsync(Core.Authorities.AuthorityKind.Person, "hrushchov", 10, Cancel));
    }

    [Fact]
    public async Task Should_refuse_writes_after_commit()
    {
        await using var transaction = await Store.BeginImportAsync(Cancel);
        await transaction.CommitAsync(Cancel);

        await Assert.ThrowsAsync<ObjectDisposedException>(() => transaction.UpsertRecordsAsync([TestRecords.Simple("late")], Cancel));
        Assert.Null(await Store.Records.FindAsync(RecordId.For(TestRecords.Archive, "late"), Cancel));
    }
}
