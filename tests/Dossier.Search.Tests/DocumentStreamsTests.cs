using System.Text;
using Dossier.Core.Records;
using Dossier.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Dossier.Search.Tests;

/// <summary>
/// A thread reuses its token streams and keyword fields from one document to the next (DocumentStreams): a record must
/// reach the index exactly as it does when it is the first document its thread builds.
/// </summary>
public sealed class DocumentStreamsTests
{
    [Fact]
    public async Task Should_index_a_record_the_same_after_other_records_on_the_same_thread()
    {
        // Three layers in three languages: fields qualified by language and kind, tokens replayed, Cyrillic names stacked.
        var model = await ModelRecord.ImportAsync();
        var other = SyntheticRecords.Make("other", "an invented lantern maker of Baku and Tabriz, with no date");

        var modelAlone = await OnNewThread(() => IndexedAsLast(model));
        var otherAlone = await OnNewThread(() => IndexedAsLast(other));
        var (modelAfter, otherAfter) = await OnNewThread(() => (IndexedAsLast(other, model), IndexedAsLast(model, other, model, other)));

        Assert.Contains("stem.ru", modelAlone, StringComparison.Ordinal);
        Assert.Equal(modelAlone, modelAfter);
        Assert.Equal(otherAlone, otherAfter);
    }

    private static Task<T> OnNewThread<T>(Func<T> build) =>
        Task.Factory.StartNew(build, TestContext.Current.CancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Indexes the records on this thread, in order, and writes out everything the index holds of the last one.</summary>
    private static string IndexedAsLast(params ArchiveRecord[] records)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new LayerGapAnalyzer())))
        {
            foreach (var record in records)
            {
                writer.AddDocument(RecordDocumentBuilder.Build(record));
            }
        }
        using var reader = DirectoryReader.Open(directory);
        var last = reader.MaxDoc - 1;
        var dump = new StringBuilder();
        foreach (var field in reader.Document(last).Fields)
        {
            dump.Append("stored ").Append(field.Name).Append(' ').AppendLine(field.GetStringValue(System.Globalization.CultureInfo.InvariantCulture));
        }
        var fields = MultiFields.GetFields(reader);
        foreach (var name in fields)
        {
            var terms = fields.GetTerms(name).GetEnumerator();
            while (terms.MoveNext())
            {
                var positions = terms.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
                if (positions is null)
                {
                    var docs = terms.Docs(null, null);
                    if (docs.Advance(last) == last)
                    {
                        dump.Append(name).Append(' ').AppendLine(terms.Term.Utf8ToString());
                    }
                    continue;
                }
                if (positions.Advance(last) != last)
                {
                    continue;
                }
                dump.Append(name).Append(' ').Append(terms.Term.Utf8ToString());
                for (var i = 0; i < positions.Freq; i++)
                {
                    dump.Append(' ').Append(positions.NextPosition()).Append(':').Append(positions.StartOffset).Append('-').Append(positions.EndOffset);
                }
                dump.AppendLine();
            }
        }
        return dump.ToString();
    }
}
