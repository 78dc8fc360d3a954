using Dossier.Core.Records;
using Dossier.Search.Indexing;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Dossier.Search.Tests.Querying;

/// <summary>An index written in memory for a query's test, and its reader; disposing closes both.</summary>
internal sealed record MemoryIndex(RAMDirectory Directory, DirectoryReader Reader) : IDisposable
{
    /// <summary>The reader over what <paramref name="directory"/> holds, once its writer is closed.</summary>
    public static MemoryIndex Over(RAMDirectory directory) => new(directory, DirectoryReader.Open(directory));

    /// <summary>The records as the archive indexes them, in order, in <paramref name="segments"/> segments (as evenly as they divide, never merged).</summary>
    public static MemoryIndex Of(IReadOnlyList<ArchiveRecord> records, int segments = 1)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new LayerGapAnalyzer()) { MergePolicy = NoMergePolicy.COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < records.Count; i++)
            {
                writer.AddDocument(RecordDocumentBuilder.Build(records[i]));
                if ((i + 1) % Math.Max(1, records.Count / segments) == 0)
                {
                    writer.Commit();
                }
            }
        }
        return Over(directory);
    }

    /// <summary>
    /// Texts split at spaces into the field "text", one record each, its first letter its "id"; each list a segment of its
    /// own, committed in turn; then <paramref name="then"/> (deletions, say), committed too.
    /// </summary>
    public static MemoryIndex OfTexts(IEnumerable<IEnumerable<string>> segments, Action<IndexWriter>? then = null)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            foreach (var segment in segments)
            {
                foreach (var text in segment)
                {
                    writer.AddDocument(new Document { new StringField("id", text[..1], Field.Store.YES), new TextField("text", text, Field.Store.NO) });
                }
                writer.Commit();
            }
            if (then is not null)
            {
                then(writer);
                writer.Commit();
            }
        }
        return Over(directory);
    }

    public void Dispose()
    {
        Reader.Dispose();
        Directory.Dispose();
    }
}
