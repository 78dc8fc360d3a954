using Dossier.Core.Records;
using Dossier.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Tests.Contracts;

/// <summary>What every <see cref="IRecordStore"/> must do, whatever the database.</summary>
public abstract class RecordStoreContract<TProvider> : StoreContract<TProvider>
    where TProvider : IStoreProvider, new()
{
    [Fact]
    public async Task Should_return_exactly_what_went_in_when_a_full_record_round_trips()
    {
        var record = TestRecords.Full();
        var expected = RecordJson.Serialize(record);

        await Store.Records.UpsertAsync([record], Cancel);
        var found = await Store.Records.FindAsync(record.Id, Cancel);

        Assert.NotNull(found);
        Assert.Equal(expected, RecordJson.Serialize(found));
    }

    [Fact]
    public async Task Should_stream_the_catalogue_as_the_records_are_without_their_layers_text()
    {
        var record = TestRecords.Full();
        await Store.Records.UpsertAsync([TestRecords.Simple("z-last"), record], Cancel);

        var catalogue = await Store.Records.StreamCatalogueAsync(Cancel).ToListAsync(Cancel);
        var full = await Store.Records.StreamAsync(Cancel).ToListAsync(Cancel);

        Assert.Equal(full.Select(r => r.Id), catalogue.Select(r => r.Id));
        var entry = catalogue.Single(r => r.Id == record.Id);
        Assert.Equal([(LayerKind.Original, "ru"), (LayerKind.Translation, "en")], entry.Layers.Select(l => (l.Kind, l.Lang)));
        Assert.All(entry.Layers, l => Assert.True(l.Text.Length == 0 && l.Pages.Count == 0 && l.Notes.Count == 0));
        // Everything else is the record as stored.
        foreach (var layer in record.Layers)
        {
            layer.Text = "";
            layer.Pages = [];
            layer.Notes = [];
            layer.Provenance = new LayerProvenance();
        }
        Assert.Equal(RecordJson.Serialize(record), RecordJson.Serialize(entry));
    }

    [Fact]
    public async Task Should_name_in_one_query_the_records_an_editor_wrote_a_version_of()
    {
        await Store.Records.UpsertAsync([TestRecords.Simple("imported"), TestRecords.Simple("edited"), TestRecords.Simple("kept")], Cancel);
        var versions = ((Dossier.Core.Editing.IVersionedStore)Store).Versions;
        var edited = TestRecords.Simple("edited", "An editor's title");
        Assert.Equal(Dossier.Core.Editing.EditOutcome.Saved, (await versions.WriteAsync(new Dossier.Core.Editing.VersionedEdit(edited, null, "editor", Dossier.Core.Editing.EditAction.Saved), Cancel)).Outcome);
        // A version whose action is the import's (the state an import left, kept before an edit) is not an editor's.
        var kept = await versions.ListAsync(edited.Id, Cancel);
        Assert.Contains(kept, v => v.Action == Dossier.Core.Editing.EditAction.Imported);

        var found = await versions.EditedAsync([RecordId.For(TestRecords.Archive, "imported"), edited.Id, RecordId.For(TestRecords.Archive, "kept"), "no-such-record"], Cancel);

        Assert.Equal([edited.Id], found);
        Assert.Empty(await versions.EditedAsync([], Cancel));
    }

    [Fact]
    public async Task Should_count_inserted_updated_and_unchanged_records()
    {
        var first = await Store.Records.UpsertAsync([TestRecords.Simple("1"), TestRecords.Simple("2"), TestRecords.Simple("3")], Cancel);
        var second = await Store.Records.UpsertAsync([TestRecords.Simple("1"), TestRecords.Simple("2", "A new title"), TestRecords.Simple("4")], Cancel);

        Assert.Equal((3, 0, 0), (first.Inserted, first.Updated, first.Unchanged));
        Assert.Equal((1, 1, 1), (second.Inserted, second.Updated, second.Unchanged));
        Assert.Equal([RecordId.For(TestRecords.Archive, "1"), RecordId.For(TestRecords.Archive, "2"), RecordId.For(TestRecords.Archive, "4")], second.Ids);
        Assert.Equal(4, await Store.Records.CountAsync(Cancel));
        Assert.Equal("A new title", (await Store.Records.FindAsync("2", Cancel))!.Title);
    }

    [Fact]
    public async Task Should_write_no_change_when_an_identical_record_is_upserted_again()
    {
        await Store.Records.UpsertAsync([TestRecords.Full()], Cancel);
        var before = await Store.Records.LastSequenceAsync(Cancel);

        var result = await Store.Records.UpsertAsync([TestRecords.Full()], Cancel);

        Assert.Equal(1, result.Unchanged);
        Assert.Equal(before, await Store.Records.LastSequenceAsync(Cancel));
    }

    [Fact]
    public async Task Should_keep_created_at_and_take_updated_at_from_the_clock()
    {
        var created = Clock.Now;
        await Store.Records.UpsertAsync([TestRecords.Simple("9")], Cancel);
        Clock.Advance(TimeSpan.FromHours(5));
        await Store.Records.UpsertAsync([TestRecords.Simple("9", "Changed")], Cancel);

        await using var db = ((ArchiveStore)Store).CreateContext();
        var row = await db.Records.SingleAsync(Cancel);
        Assert.Equal(created, row.CreatedAt);
        Assert.Equal(created.AddHours(5), row.UpdatedAt);
    }

    [Fact]
    public async Task Should_find_a_record_by_archive_id_or_source_record_id()
    {
        var record = TestRecords.Full("frus1961-63v06/d1");
        await Store.Records.UpsertAsync([record, TestRecords.Simple("119698")], Cancel);

        Assert.Equal("frus1961-63v06/d1", (await Store.Records.FindAsync(record.Id, Cancel))?.Source.RecordId);
        Assert.Equal(record.Id, (await Store.Records.FindAsync("frus1961-63v06/d1", Cancel))?.Id);
        Assert.Equal("119698", (await Store.Records.FindAsync("119698", Cancel))?.Source.RecordId);
        Assert.Null(await Store.Records.FindAsync("nothing-like-it", Cancel));
    }

    [Fact]
    public async Task Should_update_the_stored_record_when_the_same_source_arrives_under_another_id()
    {
        await Store.Records.UpsertAsync([TestRecords.Simple("77")], Cancel);
        var again = TestRecords.Simple("77", "Retitled");
        again.Id = "some-other-id";

        var result = await Store.Records.UpsertAsync([again], Cancel);

        Assert.Equal(1, result.Updated);
        Assert.Equal([RecordId.For(TestRecords.Archive, "77")], result.Ids);
        Assert.Equal(1, await Store.Records.CountAsync(Cancel));
    }

    [Fact]
    public async Task Should_append_changes_in_write_order_and_page_through_them()
    {
        Assert.Equal(0, await Store.Records.LastSequenceAsync(Cancel));
        await Store.Records.UpsertAsync([TestRecords.Simple("a"), TestRecords.Simple("b")], Cancel);
        await Store.Records.UpsertAsync([TestRecords.Simple("a", "Edited")], Cancel);
        await Store.Records.DeleteAsync(RecordId.For(TestRecords.Archive, "b"), Cancel);

        var all = await Store.Records.ChangesAfterAsync(0, 100, Cancel);
        var tail = await Store.Records.ChangesAfterAsync(all[1].Sequence, 1, Cancel);

        Assert.Equal(4, all.Count);
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.Equal(RecordId.For(TestRecords.Archive, "a"), all[2].RecordId);
        Assert.Equal(new RecordChange(all[3].Sequence, RecordId.For(TestRecords.Archive, "b"), RecordChangeKind.Deleted), all[3]);
        Assert.Equal([all[2]], tail);
        Assert.Equal(all[3].Sequence, await Store.Records.LastSequenceAsync(Cancel));
    }

    [Fact]
    public async Task Should_delete_a_record_and_report_a_missing_one()
    {
        var record = TestRecords.Full();
        await Store.Records.UpsertAsync([record], Cancel);

        Assert.True(await Store.Records.DeleteAsync(record.Id, Cancel));
        Assert.False(await Store.Records.DeleteAsync(record.Id, Cancel));
        Assert.Null(await Store.Records.FindAsync(record.Id, Cancel));
        Assert.Empty(await Store.Authorities.RecordIdsCitingAsync("p-khrushchev", Cancel));
    }

    [Fact]
    public async Task Should_stream_list_and_fetch_records_in_id_order()
    {
        var records = Enumerable.Range(1, 25).Select(i => TestRecords.Simple(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        await Store.Records.UpsertAsync(records, Cancel);
        var ids = records.Select(r => r.Id).Order(StringComparer.Ordinal).ToList();

        var streamed = await Store.Records.StreamAsync(Cancel).Select(r => r.Id).ToListAsync(Cancel);
        var page = await Store.Records.ListAsync(10, 5, Cancel);
        var many = await Store.Records.GetManyAsync([ids[3], "missing", ids[1]], Cancel);

        Assert.Equal(ids, streamed);
        Assert.Equal(ids.Skip(10).Take(5), page.Select(s => s.Id));
        Assert.Equal("1956", page[0].Date?.Value);
        Assert.Equal(new DateOnly(1956, 12, 31), page[0].Date?.End);
        Assert.Equal([ids[3], ids[1]], many.Select(r => r.Id));
    }

    [Fact]
    public async Task Should_let_the_later_copy_win_when_a_batch_holds_one_record_twice()
    {
        var result = await Store.Records.UpsertAsync([TestRecords.Full(), TestRecords.Simple("vol7/d42", "Second copy")], Cancel);

        Assert.Equal((1, 1), (result.Inserted, result.Updated));
        Assert.Equal("Second copy", (await Store.Records.FindAsync("vol7/d42", Cancel))!.Title);
        Assert.Empty(await Store.Authorities.RecordIdsCitingAsync("p-khrushchev", Cancel));
    }

    [Fact]
    public async Task Should_write_one_record_when_a_batch_holds_one_source_under_two_ids()
    {
        var first = TestRecords.Simple("twice");
        var second = TestRecords.Simple("twice", "Later");
        second.Id = "another-id";

        var result = await Store.Records.UpsertAsync([first, second], Cancel);

        Assert.Equal((1, 1), (result.Inserted, result.Updated));
        Assert.Equal([first.Id, first.Id], result.Ids);
        Assert.Equal("Later", Assert.Single(await Store.Records.StreamAsync(Cancel).ToListAsync(Cancel)).Title);
    }
}
