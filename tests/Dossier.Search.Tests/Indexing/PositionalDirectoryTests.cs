using Dossier.Search.Indexing;
using Dossier.Testing;
using Lucene.Net.Store;

namespace Dossier.Search.Tests.Indexing;

/// <summary>
/// The index's inputs read at a named position with no lock (PositionalDirectory): clones of one file read on many threads
/// at once must each see exactly the file's bytes, slices of a compound file their own range, and a read past the end fail.
/// </summary>
public sealed class PositionalDirectoryTests
{
    [Fact]
    public async Task Should_give_every_clone_the_files_bytes_when_read_on_many_threads_at_once()
    {
        using var folder = new TempFolder("dossier-positional");
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        await File.WriteAllBytesAsync(folder.File("data.bin"), bytes, TestContext.Current.CancellationToken);
        using var directory = new PositionalDirectory(new DirectoryInfo(folder.Path), null);
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

    [Fact]
    public async Task Should_read_a_slice_within_its_range_and_refuse_to_read_past_its_end()
    {
        using var folder = new TempFolder("dossier-positional");
        var bytes = Enumerable.Range(0, 10_000).Select(i => (byte)(i * 31)).ToArray();
        await File.WriteAllBytesAsync(folder.File("compound.bin"), bytes, TestContext.Current.CancellationToken);
        using var directory = new PositionalDirectory(new DirectoryInfo(folder.Path), null);
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
}
