using Dossier.Core.Records;
using Dossier.Core.Search;
using Lucene.Net.Store;

namespace Dossier.Search.Tests;

/// <summary>Issue 15: no stored record may stop the index, and one process writes it.</summary>
public sealed class IndexIntegrityTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_index_values_longer_than_a_term_cut_instead_of_refusing_the_record()
    {
        using var archive = new IndexedArchive();
        var huge = string.Concat(Enumerable.Repeat("Ärger", 16_000));
        var record = SyntheticRecords.Make("long", "the albatross glides " + new string('w', 40_000), lang: new string('l', 40_000),
            collection: huge, repository: huge, people: [huge], subjects: [huge]);
        record.Places = [new EntityLink { Name = huge, AuthorityId = huge }];

        await archive.AddAsync(record, SyntheticRecords.Make("plain", "the albatross rests"));

        Assert.Empty(archive.Index.Skipped);
        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "albatross" }, Cancel);
        Assert.Equal(["long", "plain"], result.Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_skip_record_and_report_a_record_it_cannot_hold_and_keep_indexing_the_others()
    {
        using var archive = new IndexedArchive();
        var poison = SyntheticRecords.Make("poison", "the cormorant dives");
        poison.Id = "d" + new string('x', 40_000);

        await archive.AddAsync(SyntheticRecords.Make("before", "the cormorant dries"), poison, SyntheticRecords.Make("after", "the cormorant flies"));
        archive.Reopen();

        Assert.Equal(poison.Id, Assert.Single(archive.Index.Skipped).Id);
        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "cormorant" }, Cancel);
        Assert.Equal(["after", "before"], result.Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal));
        Assert.Equal(archive.Index.AppliedSequence, await archive.Store.LastSequenceAsync(Cancel));

        await archive.Store.DeleteAsync(poison.Id, Cancel);
        await archive.Index.CatchUpAsync(cancellationToken: Cancel);
        Assert.Empty(archive.Index.Skipped);
        await archive.Index.RebuildAsync(cancellationToken: Cancel);
        Assert.Empty(archive.Index.Skipped);
    }

    [Fact]
    public void Should_let_one_writer_hold_a_data_folder_and_never_delete_its_lock_file()
    {
        using var archive = new IndexedArchive();
        var lockFile = LuceneSearchIndex.LockFilePath(archive.DataFolder);

        Assert.Throws<LockObtainFailedException>(() => new LuceneSearchIndex(archive.Store, archive.DataFolder));
        Assert.True(File.Exists(lockFile));
        Assert.True(IndexInventory.Read(archive.DataFolder).WriterActive);

        archive.Reopen();
        Assert.True(File.Exists(lockFile));
        Assert.Throws<LockObtainFailedException>(() => new LuceneSearchIndex(archive.Store, archive.DataFolder));
    }
}
