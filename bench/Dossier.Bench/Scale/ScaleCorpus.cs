using System.Text;
using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Interop.Importers.Tei;

namespace Dossier.Bench.Scale;

/// <summary>
/// The three archives of the scale bench, written as Dossier JSON Lines files of at most <see cref="FileSize"/>
/// records (an import is one transaction per file): the FRUS documents as the TEI importer reads them; every
/// paragraph of their text layers as a record of its own (its document's metadata, "¶ n" in the title); and a
/// synthetic archive of any size made of those paragraph records again and again, each copy labelled as such in its
/// source archive ("Synthetic scale copy"), its title and its id, so that it can never pass for a real record.
/// </summary>
internal static class ScaleCorpus
{
    public const int FileSize = 10_000;

    public const string SyntheticArchive = "Synthetic scale copy";

    /// <summary>Reads every volume with the TEI importer: the records, in file order.</summary>
    public static async Task<List<ArchiveRecord>> ReadDocumentsAsync(IEnumerable<string> volumes, CancellationToken cancellationToken)
    {
        var sink = new Collector();
        var reader = new TeiReader();
        foreach (var volume in volumes)
        {
            await reader.ReadAsync(ImportSource.FromFile(volume), sink, cancellationToken).ConfigureAwait(false);
        }
        return sink.Records;
    }

    /// <summary>A record per non-blank paragraph of each layer, keeping the document's date, people, places and collections.</summary>
    public static IEnumerable<ArchiveRecord> Paragraphs(IEnumerable<ArchiveRecord> documents)
    {
        foreach (var document in documents)
        {
            var n = 0;
            foreach (var layer in document.Layers)
            {
                foreach (var paragraph in layer.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    n++;
                    var record = RecordJson.Deserialize(RecordJson.Serialize(document))!;
                    record.Id = "";
                    record.Source.RecordId = document.Source.RecordId + "/p" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    record.Title = document.Title + " ¶ " + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    record.Summary = null;
                    // Offsets into the document's layers mean nothing in a paragraph.
                    record.Mentions = null;
                    record.Alignments = null;
                    record.Scans = null;
                    record.Layers = [new TextLayer { Kind = layer.Kind, Lang = layer.Lang, Provenance = layer.Provenance, Text = paragraph }];
                    yield return record;
                }
            }
        }
    }

    /// <summary><paramref name="count"/> labelled copies of <paramref name="paragraphs"/>, cycling through them.</summary>
    public static IEnumerable<ArchiveRecord> Synthetic(IReadOnlyList<ArchiveRecord> paragraphs, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var copy = RecordJson.Deserialize(RecordJson.Serialize(paragraphs[i % paragraphs.Count]))!;
            var round = (i / paragraphs.Count) + 1;
            copy.Source.Archive = SyntheticArchive;
            copy.Source.RecordId += "/copy" + round.ToString(System.Globalization.CultureInfo.InvariantCulture);
            copy.Title = "[synthetic copy " + round.ToString(System.Globalization.CultureInfo.InvariantCulture) + "] " + copy.Title;
            yield return copy;
        }
    }

    /// <summary>Writes the records as JSON Lines files of at most <see cref="FileSize"/> records in <paramref name="folder"/>.</summary>
    public static async Task<List<string>> WriteAsync(IEnumerable<ArchiveRecord> records, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        StreamWriter? writer = null;
        var inFile = 0;
        try
        {
            foreach (var record in records)
            {
                if (writer is null || inFile == FileSize)
                {
                    if (writer is not null)
                    {
                        await writer.DisposeAsync().ConfigureAwait(false);
                    }
                    var file = Path.Combine(folder, "part-" + files.Count.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".jsonl");
                    files.Add(file);
                    writer = new StreamWriter(file, false, new UTF8Encoding(false));
                    inFile = 0;
                }
                await writer.WriteLineAsync(RecordJson.Serialize(record).AsMemory(), cancellationToken).ConfigureAwait(false);
                inFile++;
            }
        }
        finally
        {
            if (writer is not null)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }
        return files;
    }

    private sealed class Collector : IImportSink
    {
        public List<ArchiveRecord> Records { get; } = [];

        public ValueTask AddRecordAsync(ArchiveRecord record, CancellationToken cancellationToken = default)
        {
            Records.Add(record);
            return ValueTask.CompletedTask;
        }

        public ValueTask AddAuthorityAsync(Authority authority, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask AddCollectionAsync(Collection collection, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
