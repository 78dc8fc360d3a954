using System.Globalization;
using System.Text;
using Dossier.Search.Indexing;
using Dossier.Testing;
using Lucene.Net.Codecs;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Dossier.Search.Tests;

/// <summary>
/// Stored fields as the index codec writes them (4 KB chunks, each a Zstandard frame) and as the earlier codec wrote
/// them (LZ4), which an index's older segments still hold until they are merged or the index is written again.
/// </summary>
public sealed class StoredFieldsCodecTests
{
    /// <summary>Lengths around the chunk size and its double, where Lucene slices a document into chunks of its own.</summary>
    private static readonly int[] Lengths = [0, 1, 17, 4_095, 4_096, 4_097, 8_191, 8_192, 8_193, 12_288, 50_000];

    /// <summary>As the index does before it opens a folder: Lucene finds both codecs by the names segments give.</summary>
    public StoredFieldsCodecTests() => LuceneSearchIndex.RegisterCodec();

    [Fact]
    public void Should_read_back_every_stored_text_the_index_codec_wrote_whatever_its_length()
    {
        using var folder = new TempFolder("dossier-codec");
        var texts = Texts(seed: 1);
        using (var directory = FSDirectory.Open(folder.Path))
        {
            Write(directory, IndexCodec.Instance, texts);
        }

        using (var directory = FSDirectory.Open(folder.Path))
        {
            Assert.Equal(texts, Read(directory));
            Assert.All(Segments(directory), s => Assert.Equal("DossierZstd46", s.Info.Codec.Name));
        }
    }

    [Fact]
    public void Should_refuse_a_damaged_chunk_instead_of_reading_wrong_text()
    {
        using var folder = new TempFolder("dossier-codec");
        var text = string.Concat(Enumerable.Range(0, 4_000).Select(i => "memorandum " + i + " "));
        using (var directory = FSDirectory.Open(folder.Path))
        {
            Write(directory, IndexCodec.Instance, [text]);
        }
        var stored = new DirectoryInfo(folder.Path).GetFiles("*.fdt").Single();
        var bytes = File.ReadAllBytes(stored.FullName);
        // A byte in the middle of the text's frames: a decoder without the frame's checksum would return other digits.
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(stored.FullName, bytes);

        using var damaged = FSDirectory.Open(folder.Path);
        using var reader = DirectoryReader.Open(damaged);
        Assert.Throws<CorruptIndexException>(() => reader.Document(0));
    }

    [Fact]
    public void Should_read_segments_the_earlier_codec_wrote_and_write_them_with_the_index_codec_when_merged()
    {
        using var folder = new TempFolder("dossier-codec");
        var texts = Texts(seed: 2);
        using (var directory = FSDirectory.Open(folder.Path))
        {
            Write(directory, new EarlierIndexCodec(), texts);
        }

        using (var directory = FSDirectory.Open(folder.Path))
        {
            Assert.All(Segments(directory), s => Assert.Equal("Dossier46", s.Info.Codec.Name));
            Assert.Equal(texts, Read(directory));
            using (var writer = new IndexWriter(directory, Config(IndexCodec.Instance)))
            {
                writer.ForceMerge(1);
                writer.Commit();
            }
            Assert.All(Segments(directory), s => Assert.Equal("DossierZstd46", s.Info.Codec.Name));
            Assert.Equal(texts, Read(directory));
        }
    }

    [Fact]
    public void Should_keep_the_100_volumes_kind_of_text_smaller_than_the_earlier_codec_did()
    {
        // English prose with its numbers and names, as a FRUS record has: Zstandard's entropy coding gains over LZ4 where
        // a 4 KB chunk holds few repeats.
        using var zstd = new TempFolder("dossier-codec");
        using var lz4 = new TempFolder("dossier-codec");
        var random = new Random(3);
        var words = "the Secretary said that the Ambassador had told him on March 12 that the Government of Iran would not accept a settlement of the oil question which".Split(' ');
        var texts = Enumerable.Range(0, 200).Select(_ => string.Join(' ', Enumerable.Range(0, 900).Select(_ => words[random.Next(words.Length)] + (random.Next(9) == 0 ? random.Next(1950, 1964).ToString(CultureInfo.InvariantCulture) : "")))).ToList();
        using (var directory = FSDirectory.Open(zstd.Path))
        {
            Write(directory, IndexCodec.Instance, texts);
        }
        using (var directory = FSDirectory.Open(lz4.Path))
        {
            Write(directory, new EarlierIndexCodec(), texts);
        }

        var zstdBytes = StoredBytes(zstd.Path);
        var lz4Bytes = StoredBytes(lz4.Path);
        Assert.True(zstdBytes < lz4Bytes * 0.9, $"Zstandard kept {zstdBytes} bytes, LZ4 {lz4Bytes}");
    }

    private static List<string> Texts(int seed)
    {
        var random = new Random(seed);
        // Latin, Cyrillic and Arabic letters and a few of four UTF-8 bytes, so chunk boundaries fall inside characters.
        const string Letters = "abcdefghijklmnopqrstuvwxyz ,.АБВГДЕЖЗИЙКЛМНОПабвгдежзийклмнопشسضط";
        return [.. Lengths.Select(length =>
        {
            var text = new StringBuilder(length);
            while (text.Length < length)
            {
                if (random.Next(50) == 0 && text.Length + 2 <= length)
                {
                    text.Append("\U0001D11E");
                }
                else
                {
                    text.Append(Letters[random.Next(Letters.Length)]);
                }
            }
            return text.ToString();
        })];
    }

    private static IndexWriterConfig Config(Codec codec) => new(LuceneVersion.LUCENE_48, null) { Codec = codec, OpenMode = OpenMode.CREATE_OR_APPEND, UseCompoundFile = false };

    /// <summary>One document per text, in two segments, each document with a short field before and after its text.</summary>
    private static void Write(Lucene.Net.Store.Directory directory, Codec codec, IReadOnlyList<string> texts)
    {
        using var writer = new IndexWriter(directory, Config(codec));
        for (var i = 0; i < texts.Count; i++)
        {
            writer.AddDocument(new Document
            {
                new StoredField("id", "doc" + i),
                new StoredField("text", texts[i]),
                new StoredField("tail", "end" + i),
            });
            if (i == texts.Count / 2)
            {
                writer.Commit();
            }
        }
        writer.Commit();
    }

    /// <summary>The texts in the order they were added (a merge may put segments in another order).</summary>
    private static List<string> Read(Lucene.Net.Store.Directory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        var texts = new SortedDictionary<int, string>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var document = reader.Document(doc);
            var number = int.Parse(document.Get("id", CultureInfo.InvariantCulture)["doc".Length..], CultureInfo.InvariantCulture);
            Assert.Equal("end" + number, document.Get("tail", CultureInfo.InvariantCulture));
            texts.Add(number, document.Get("text", CultureInfo.InvariantCulture));
        }
        return [.. texts.Values];
    }

    private static IEnumerable<SegmentCommitInfo> Segments(Lucene.Net.Store.Directory directory)
    {
        var segments = new SegmentInfos();
        segments.Read(directory);
        Assert.NotEmpty(segments.Segments);
        return segments.Segments;
    }

    private static long StoredBytes(string folder) =>
        new DirectoryInfo(folder).GetFiles("*.fdt").Sum(f => f.Length);
}
