using Dossier.Core.Search;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Dossier.Search.Tests;

public sealed class IndexFormatTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_rebuild_an_index_an_older_version_wrote_from_the_store()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(SyntheticRecords.Make("kept", "an invented lantern maker"));
        archive.Index.Dispose();

        // An index as the first version wrote it: a sequence but no format in the commit, and documents without the newer fields.
        using (var directory = FSDirectory.Open(Path.Combine(archive.DataFolder, "index")))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)) { OpenMode = OpenMode.CREATE }))
        {
            writer.AddDocument([new StringField("id", "stale", Field.Store.YES), new TextField("text", "an invented lantern", Field.Store.NO), new StringField("status", "published", Field.Store.NO)]);
            writer.SetCommitData(new Dictionary<string, string> { ["dossier.sequence"] = "1" });
            writer.Commit();
        }
        archive.Reopen();
        Assert.Equal(0, archive.Index.AppliedSequence);

        await archive.Index.CatchUpAsync(cancellationToken: Cancel);

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "lantern" }, Cancel);
        Assert.Equal(["kept"], result.Hits.Select(h => h.SourceId));
        Assert.Equal(1, archive.Index.AppliedSequence);
    }
}
