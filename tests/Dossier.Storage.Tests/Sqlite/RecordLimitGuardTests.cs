using Dossier.Core.Importing;
using Dossier.Core.Records;

namespace Dossier.Storage.Tests.Sqlite;

/// <summary>Issue 15, item 1: every record write goes through one guard, and what it refuses never reaches the store.</summary>
public sealed class RecordLimitGuardTests : IAsyncDisposable
{
    private readonly SqliteStoreProvider _provider = new();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    public static TheoryData<string, string> Oversized => new()
    {
        { "id", "id" },
        { "subject", "subjects[0]" },
        { "person", "people[0].name" },
        { "authority", "places[0].authority_id" },
        { "collection", "collections[0].collection_id" },
        { "collectionTitle", "collections[0].title" },
        { "language", "layers[0].lang" },
        { "repository", "archival_reference.repository" },
    };

    [Theory]
    [MemberData(nameof(Oversized))]
    public async Task Should_refuse_a_record_with_an_oversized_field_naming_the_field_and_store_nothing(string what, string field)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var store = await _provider.OpenAsync(TimeProvider.System);
        var huge = new string('x', 40_000);
        var record = TestRecords.Simple("big");
        switch (what)
        {
            case "id": record.Id = huge; break;
            case "subject": record.Subjects = [huge]; break;
            case "person": record.People = [new EntityLink { Name = huge }]; break;
            case "authority": record.Places = [new EntityLink { Name = "Moscow", AuthorityId = huge }]; break;
            case "collection": record.Collections = [new CollectionMembership { CollectionId = huge, Title = "t" }]; break;
            case "collectionTitle": record.Collections = [new CollectionMembership { CollectionId = "c", Title = huge }]; break;
            case "language": record.Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = huge, Text = "text" }]; break;
            default: record.ArchivalReference = new ArchivalReference { Repository = huge }; break;
        }

        var direct = await Assert.ThrowsAsync<ImportException>(() => store.Records.UpsertAsync([TestRecords.Simple("fine"), record], cancellationToken));
        ImportException inTransaction;
        await using (var transaction = await store.BeginImportAsync(cancellationToken))
        {
            await transaction.UpsertRecordsAsync([TestRecords.Simple("first batch")], cancellationToken);
            inTransaction = await Assert.ThrowsAsync<ImportException>(() => transaction.UpsertRecordsAsync([record], cancellationToken));
        }

        Assert.Equal(field, direct.Field);
        Assert.Equal(field, inTransaction.Field);
        Assert.Contains("40,000 characters", direct.Problem, StringComparison.Ordinal);
        Assert.Equal(0, await store.Records.CountAsync(cancellationToken));
        Assert.Equal(0, await store.Records.LastSequenceAsync(cancellationToken));
    }

    [Fact]
    public async Task Should_refuse_a_record_holding_a_code_point_that_is_not_a_character()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var store = await _provider.OpenAsync(TimeProvider.System);
        var record = TestRecords.Simple("lone");
        record.Title = "Letter from Beria \uD800";

        var refused = await Assert.ThrowsAsync<ImportException>(() => store.Records.UpsertAsync([record], cancellationToken));

        Assert.Equal("title", refused.Field);
        Assert.Contains("lone surrogate U+D800", refused.Problem, StringComparison.Ordinal);
        Assert.Equal(0, await store.Records.CountAsync(cancellationToken));
    }

    [Fact]
    public async Task Should_store_a_record_at_the_limits()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var store = await _provider.OpenAsync(TimeProvider.System);
        var record = TestRecords.Simple("at the limit");
        record.Subjects = [new string('s', ImportLimits.Default.MaxNameLength)];

        await store.Records.UpsertAsync([record], cancellationToken);

        Assert.Equal(1, await store.Records.CountAsync(cancellationToken));
    }
}
