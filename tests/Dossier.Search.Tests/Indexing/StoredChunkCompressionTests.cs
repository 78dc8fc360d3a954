using System.Text;
using CsCheck;
using Dossier.Search.Indexing;
using Dossier.Testing;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Dossier.Search.Tests.Indexing;

/// <summary>
/// The stored-fields chunks' decoder (Lz4Block, through StoredChunkCompression) against Lucene's own: from a mapped file it
/// must give the same bytes and leave the input where Lucene's leaves it (a long document's chunks follow one another),
/// for every part of a chunk asked for, and fail on a damaged chunk with Lucene's error, never reading past the file.
/// </summary>
public sealed class StoredChunkCompressionTests
{
    private static readonly CompressionMode LuceneMode = CompressionMode.FAST_DECOMPRESSION;

    [Fact]
    public void Should_decode_what_lucene_decodes_and_stop_where_lucene_stops_when_read_from_a_mapped_file()
    {
        using var folder = new TempFolder("dossier-lz4");
        using var directory = IndexDirectory.Open(folder.Path);
        var file = 0;
        Gen.Select(Gen.Int, Gen.Int[0, 20_000], Gen.Int[0, 3], Gen.Select(Gen.Int[0, 40], Gen.Int[0, 40], Gen.Double[0, 1], Gen.Double[0, 1])).Sample((seed, size, kind, rest) =>
        {
            var (before, after, from, part) = rest;
            var original = Chunk(seed, size, kind);
            var (bytes, start, end) = Stored(original, before, after);
            // CsCheck samples on several threads at once: two cases sharing a file would read each other's bytes.
            var name = "chunk" + Interlocked.Increment(ref file);
            File.WriteAllBytes(Path.Combine(folder.Path, name), bytes);
            var offset = (int)(from * original.Length);
            var length = (int)(part * (original.Length - offset));

            var expected = new BytesRef();
            var luceneInput = new ByteArrayDataInput(bytes, start, bytes.Length - start);
            LuceneMode.NewDecompressor().Decompress(luceneInput, original.Length, offset, length, expected);
            using var input = directory.OpenInput(name, IOContext.READ);
            input.Seek(start);
            var actual = new BytesRef();
            StoredChunkCompression.Instance.NewDecompressor().Decompress(input, original.Length, offset, length, actual);

            Assert.True(original.AsSpan(offset, length).SequenceEqual(actual.Bytes.AsSpan(actual.Offset, actual.Length)), $"bytes {offset}+{length} of {original.Length}");
            Assert.True(expected.Bytes.AsSpan(expected.Offset, expected.Length).SequenceEqual(actual.Bytes.AsSpan(actual.Offset, actual.Length)));
            Assert.Equal(luceneInput.Position, input.Position);
            if (offset + length == original.Length)
            {
                Assert.Equal(end, input.Position);
            }
        }, iter: 400);
    }

    [Fact]
    public void Should_read_with_the_mapped_decoder_when_the_index_is_opened_as_every_index_is()
    {
        using var folder = new TempFolder("dossier-lz4");
        File.WriteAllBytes(Path.Combine(folder.Path, "data"), [1, 2, 3]);
        using var directory = IndexDirectory.Open(folder.Path);
        using var input = directory.OpenInput("data", IOContext.READ);

        // Lucene's decoder would still read correctly: this is what makes the faster one the one searches use.
        Assert.Equal(OperatingSystem.IsWindows(), input is not IMappedInput);
    }

    [Fact]
    public void Should_fail_as_a_corrupt_index_and_never_otherwise_when_a_chunk_is_damaged_or_cut_short()
    {
        using var folder = new TempFolder("dossier-lz4");
        using var directory = IndexDirectory.Open(folder.Path);
        var file = 0;
        var failed = 0;
        Gen.Select(Gen.Int, Gen.Int[1, 9_000], Gen.Int[0, 3], Gen.Int[0, 8], Gen.Bool).Sample((seed, size, kind, flips, cut) =>
        {
            var original = Chunk(seed, size, kind);
            var (stored, start, end) = Stored(original, 0, 0);
            var random = new Random(seed);
            var bytes = cut ? stored[..random.Next(start, end)] : stored;
            for (var i = 0; i < flips && bytes.Length > 0; i++)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
            }
            var name = "damaged" + Interlocked.Increment(ref file);
            File.WriteAllBytes(Path.Combine(folder.Path, name), bytes);
            using var input = directory.OpenInput(name, IOContext.READ);
            try
            {
                StoredChunkCompression.Instance.NewDecompressor().Decompress(input, original.Length, 0, original.Length, new BytesRef());
            }
            catch (CorruptIndexException)
            {
                failed++;
            }
            Assert.True(input.Position <= bytes.Length);
        }, iter: 400, threads: 1);

        // Most damage is found; what is not decodes to other letters, as Lucene's would.
        Assert.True(failed > 100, $"{failed} of 400 damaged chunks failed");
    }

    /// <summary>A chunk like a stored record's: words again and again, runs of one letter (matches overlapping what they copy), or noise.</summary>
    private static byte[] Chunk(int seed, int size, int kind)
    {
        var random = new Random(seed);
        string[] words = ["Khrushchev", "Пишевари", "the ", "of ", "Secretary", "Azerbaijan", " ", "\n", "ДР", "1955"];
        var text = new List<byte>(size + 16);
        while (text.Count < size)
        {
            switch (kind)
            {
                case 0:
                    text.AddRange(Encoding.UTF8.GetBytes(words[random.Next(words.Length)]));
                    break;
                case 1:
                    text.AddRange(Enumerable.Repeat((byte)random.Next(256), random.Next(1, 40)));
                    break;
                case 2:
                    text.Add((byte)random.Next(256));
                    break;
                default:
                    // A pattern a few bytes long repeated: matches whose offset is shorter than the match, 1 to 20 bytes back.
                    var pattern = Enumerable.Range(0, random.Next(1, 20)).Select(_ => (byte)random.Next(256)).ToArray();
                    for (var i = random.Next(1, 30); i > 0; i--)
                    {
                        text.AddRange(pattern);
                    }
                    break;
            }
        }
        return [.. text.Take(size)];
    }

    /// <summary>The chunk compressed by Lucene between <paramref name="before"/> and <paramref name="after"/> other bytes; where it starts and ends.</summary>
    private static (byte[] Bytes, int Start, int End) Stored(byte[] original, int before, int after)
    {
        using var stream = new MemoryStream();
        stream.Write(new byte[before].Select((_, i) => (byte)(i * 7)).ToArray());
        var output = new OutputStreamDataOutput(stream);
        LuceneMode.NewCompressor().Compress(original, 0, original.Length, output);
        var end = (int)stream.Length;
        stream.Write(new byte[after].Select((_, i) => (byte)(i * 13)).ToArray());
        return (stream.ToArray(), before, end);
    }
}
