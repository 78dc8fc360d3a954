using Dossier.Search.Indexing;
using Dossier.Testing;
using Lucene.Net.Store;

namespace Dossier.Search.Tests.Indexing;

/// <summary>
/// The index's inputs, memory-mapped (MappedDirectory) and read at a named position (PositionalDirectory, on Windows):
/// clones of one file read on many threads at once must each see exactly the file's bytes, slices of a compound file
/// their own range, a read past the end fail, and Lucene's numbers read as Lucene writes them.
/// </summary>
public sealed class IndexDirectoryTests
{
    public static TheoryData<string> Kinds => ["mapped", "positional"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Should_give_every_clone_the_files_bytes_when_read_on_many_threads_at_once(string kind)
    {
        using var folder = new TempFolder("dossier-directory");
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        await File.WriteAllBytesAsync(folder.File("data.bin"), bytes, TestContext.Current.CancellationToken);
        using var directory = Open(kind, folder.Path);
        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);

        var wrong = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
        {
            var random = new Random(thread);
            for (var i = 0; i < 2_000; i++)
            {
                using var clone = (IndexInput)input.Clone();
                var at = random.Next(bytes.Length - 5_000);
                var length = random.Next(1, 5_000);
                clone.Seek(at);
                var read = new byte[length];
                if (random.Next(2) == 0)
                {
                    clone.ReadBytes(read, 0, length);
                }
                else
                {
                    for (var j = 0; j < length; j++)
                    {
                        read[j] = clone.ReadByte();
                    }
                }
                if (!read.AsSpan().SequenceEqual(bytes.AsSpan(at, length)))
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        }, TestContext.Current.CancellationToken)));

        Assert.Equal(0, wrong);
        Assert.Equal(bytes.Length, input.Length);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Should_read_a_slice_within_its_range_and_refuse_to_read_past_its_end(string kind)
    {
        using var folder = new TempFolder("dossier-directory");
        var bytes = Enumerable.Range(0, 10_000).Select(i => (byte)(i * 31)).ToArray();
        await File.WriteAllBytesAsync(folder.File("compound.bin"), bytes, TestContext.Current.CancellationToken);
        using var directory = Open(kind, folder.Path);
        using var slicer = directory.CreateSlicer("compound.bin", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("part", 4_000, 3_000);

        var read = new byte[3_000];
        slice.ReadBytes(read, 0, read.Length);

        Assert.Equal(bytes.AsSpan(4_000, 3_000).ToArray(), read);
        Assert.Equal(3_000, slice.Length);
        Assert.ThrowsAny<IOException>(() => slice.ReadByte());
        slice.Seek(2_990);
        Assert.ThrowsAny<IOException>(() => slice.ReadBytes(new byte[20], 0, 20));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Should_read_numbers_and_strings_as_lucene_writes_them(string kind)
    {
        using var folder = new TempFolder("dossier-directory");
        using var directory = Open(kind, folder.Path);
        var longs = new[] { 0L, 1L, 127L, 128L, 16_383L, 16_384L, int.MaxValue, long.MaxValue, -1L };
        using (var output = directory.CreateOutput("numbers.bin", IOContext.DEFAULT))
        {
            output.WriteInt16(-2);
            output.WriteInt32(0x12345678);
            output.WriteInt64(-0x0102030405060708);
            foreach (var value in longs.Where(v => v >= 0))
            {
                output.WriteVInt64(value);
            }
            foreach (var value in new[] { 0, 1, 127, 128, 300, int.MaxValue })
            {
                output.WriteVInt32(value);
            }
            output.WriteVInt32(-1);
            output.WriteString("Пишевари — Pishevari");
        }
        using var input = directory.OpenInput("numbers.bin", IOContext.DEFAULT);

        Assert.Equal(-2, input.ReadInt16());
        Assert.Equal(0x12345678, input.ReadInt32());
        Assert.Equal(-0x0102030405060708, input.ReadInt64());
        Assert.Equal(longs.Where(v => v >= 0), longs.Where(v => v >= 0).Select(_ => input.ReadVInt64()).ToArray());
        Assert.Equal([0, 1, 127, 128, 300, int.MaxValue], Enumerable.Range(0, 6).Select(_ => input.ReadVInt32()).ToArray());
        Assert.Equal(-1, input.ReadVInt32());
        Assert.Equal("Пишевари — Pishevari", input.ReadString());
        Assert.Equal(input.Length, input.Position);
        Assert.ThrowsAny<IOException>(() => input.ReadVInt32());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Should_read_an_empty_file_as_empty(string kind)
    {
        using var folder = new TempFolder("dossier-directory");
        await File.WriteAllBytesAsync(folder.File("empty.bin"), [], TestContext.Current.CancellationToken);
        using var directory = Open(kind, folder.Path);
        using var input = directory.OpenInput("empty.bin", IOContext.DEFAULT);

        Assert.Equal(0, input.Length);
        input.Seek(0);
        Assert.ThrowsAny<IOException>(() => input.ReadByte());
    }

    [Fact]
    public async Task Should_let_a_mapped_clone_read_after_its_original_is_closed_and_the_file_deleted()
    {
        using var folder = new TempFolder("dossier-directory");
        var bytes = Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7)).ToArray();
        await File.WriteAllBytesAsync(folder.File("segment.bin"), bytes, TestContext.Current.CancellationToken);
        using var directory = Open("mapped", folder.Path);
        var input = directory.OpenInput("segment.bin", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();

        input.Dispose();
        File.Delete(folder.File("segment.bin"));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        clone.Seek(40_000);
        var read = new byte[10_000];
        clone.ReadBytes(read, 0, read.Length);

        // Closing an input never unmaps: the clone still reads the file's bytes (Lucene's own directory would throw, and
        // an unmapped read would end the process).
        Assert.Equal(bytes.AsSpan(40_000).ToArray(), read);
        Assert.False(File.Exists(folder.File("segment.bin")));
    }

    private static FSDirectory Open(string kind, string folder) => kind switch
    {
        "mapped" => new MappedDirectory(new DirectoryInfo(folder), null),
        _ => new PositionalDirectory(new DirectoryInfo(folder), null),
    };
}
